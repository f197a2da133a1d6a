import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebCatalog } from './web-catalog';

describe('WebCatalog', () => {
  let component: WebCatalog;
  let fixture: ComponentFixture<WebCatalog>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebCatalog]
    }).compileComponents();

    fixture = TestBed.createComponent(WebCatalog);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
