import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { Deal, DealStage } from '@market/contracts';
import { LanguageService, TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { AdvanceDialog } from './advance-dialog';

const deal: Deal = {
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
};

describe('AdvanceDialog', () => {
  let fixture: ComponentFixture<AdvanceDialog>;
  let http: HttpTestingController;

  // nz-modal draws into the overlay container, outside the fixture's element.
  const title = () => document.querySelector('.ant-modal-title')?.textContent?.trim();
  const fieldErrors = () => Array.from(document.querySelectorAll('.ant-form-item-explain-error')).map((e) => e.textContent?.trim());
  const note = () => document.querySelector('[data-testid="advance-note"]') as HTMLTextAreaElement;
  const submit = async () => {
    (document.querySelector('[data-testid="advance-submit"]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  const type = async (value: string) => {
    note().value = value;
    note().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  async function open(stage: DealStage): Promise<void> {
    fixture = TestBed.createComponent(AdvanceDialog);
    fixture.componentRef.setInput('deal', deal);
    fixture.componentRef.setInput('stage', stage);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [AdvanceDialog],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ deals: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture.destroy();
    http.verify();
  });

  it('names the target stage with a parameter, in either language', async () => {
    await open('negotiating');
    expect(title()).toBe('推进交易到「洽谈」');
    await TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    expect(title()).toBe('Move the deal to Negotiating');
  });

  it('titles a termination 终止交易 and refuses a blank reason on its field, sending nothing', async () => {
    await open('terminated');
    expect(title()).toBe('终止交易');
    expect(fieldErrors()).toEqual([]);

    await type('   ');
    await submit();
    expect(fieldErrors()).toEqual(['请填写终止原因']);
    expect(document.querySelector('[data-testid="advance-error"]')).toBeNull();
    http.expectNone('/api/deals/d1/advance');

    await type('买方撤回需求');
    expect(fieldErrors()).toEqual([]);
    await submit();
    const request = http.expectOne('/api/deals/d1/advance');
    expect(request.request.body).toEqual({ stage: 'terminated', note: '买方撤回需求' });
    request.flush({ ...deal, stage: 'terminated' });
  });

  it('titles a termination "Terminate the deal" in English', async () => {
    await TestBed.inject(LanguageService).use('en');
    await open('terminated');
    expect(title()).toBe('Terminate the deal');
  });
});
