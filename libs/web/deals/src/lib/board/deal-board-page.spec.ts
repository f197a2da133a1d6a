import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { Deal, User } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { DealBoardPage } from './deal-board-page';

const deal = {
  id: 'd1',
  stage: 'intent',
  source: 'match',
  needId: null,
  lotId: null,
  achievement: { id: 'a1', title: '高效钙钛矿电池', field: 'new_energy', region: '西安市' },
  seller: { id: 's1', name: '西北大学', kind: 'university' },
  buyer: { id: 'b1', name: '秦创科技', kind: 'enterprise' },
  broker: { id: 'u1', name: '王经纪' },
  amount: null,
  contract: null,
  confirmations: { seller: null, buyer: null },
  registration: null,
  history: [],
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
} satisfies Deal;

describe('DealBoardPage', () => {
  let fixture: ComponentFixture<DealBoardPage>;
  let element: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [DealBoardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ deals: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
        // The board reads only who is signed in: the deal's broker here.
        { provide: AuthStore, useValue: { user: signal({ id: 'u1', role: 'broker' } as User) } },
      ],
    });
    fixture = TestBed.createComponent(DealBoardPage);
    element = fixture.nativeElement;
    // whenStable would wait for the board's request itself: run the effect that sends it, answer it.
    TestBed.tick();
    TestBed.inject(HttpTestingController).expectOne('/api/deals?pageSize=100').flush({ items: [deal], total: 1, page: 1, pageSize: 100 });
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  it('shows a column per stage inside its own scrolling box', () => {
    const board = element.querySelector('[data-testid="deal-columns"]');
    expect(board?.querySelectorAll('.column')).toHaveLength(6);
  });

  it('lets the keyboard reach every card and move it with a visible button', () => {
    const card = element.querySelector('[data-testid="deal-card"]') as HTMLElement;
    expect(card.tabIndex).toBe(0);
    expect(card.getAttribute('aria-labelledby')).toBe('deal-title-d1');
    expect(card.querySelector('[data-testid="move-negotiating"]')?.textContent?.trim()).toBe('推进到洽谈');
    expect(card.querySelector('[data-testid="move-terminated"]')?.textContent?.trim()).toBe('终止交易');
  });

  it('spaces the English button text around the stage', async () => {
    await TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(element.querySelector('[data-testid="move-negotiating"]')?.textContent?.trim()).toBe('Move to Negotiating');
  });
});
