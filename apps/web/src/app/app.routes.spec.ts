import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { LocalizedTitleStrategy } from '@market/web/shell';
import { appRoutes } from './app.routes';

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  const heading = () => harness.routeNativeElement?.querySelector('h1')?.textContent?.trim();

  it('opens the home page at /', async () => {
    await harness.navigateByUrl('/');
    expect(heading()).toBe('让科技成果走出实验室，走进企业');
    expect(TestBed.inject(Title).getTitle()).toBe('网上技术市场');
  });

  it('shows an honest preview for a section not built yet', async () => {
    await harness.navigateByUrl('/auctions');
    expect(heading()).toBe('竞价拍卖');
    expect(harness.routeNativeElement?.querySelector('[data-testid="coming-soon"]')?.textContent).toContain('即将上线');
    expect(TestBed.inject(Title).getTitle()).toBe('竞价拍卖 - 网上技术市场');
  });

  it('answers an unknown path with the 404 page', async () => {
    await harness.navigateByUrl('/no/such/page');
    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).not.toBeNull();
    expect(heading()).toBe('页面不存在');
  });
});
