import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import zhLocale from '@angular/common/locales/zh';
import { importProvidersFrom } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { AuthAnswer, RoadshowDetail } from '@market/contracts';
import { DEFAULT_TIME_ZONE, setMarketTimeZone } from '@market/shared/time';
import { AuthStore } from '@market/web/identity';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { SlotList } from './slot-list';

registerLocaleData(zhLocale);

const event = {
  id: 'r1',
  title: '新能源成果专场路演',
  kind: 'roadshow',
  description: null,
  startsAt: '2099-12-10T06:00:00Z',
  endsAt: '2099-12-10T08:00:00Z',
  venue: '3 楼路演厅',
  onlineUrl: null,
  capacity: 30,
  registeredCount: 0,
  attendedCount: 0,
  status: 'scheduled',
  createdAt: '2099-01-01T00:00:00Z',
  updatedAt: '2099-01-01T00:00:00Z',
  slots: [],
  myRegistration: null,
} as unknown as RoadshowDetail;

describe('SlotList', () => {
  let fixture: ComponentFixture<SlotList>;
  let element: HTMLElement;

  const http = () => TestBed.inject(HttpTestingController);
  const errors = () => Array.from(element.querySelectorAll('.ant-form-item-explain-error')).map((e) => e.textContent?.trim());
  const form = () => fixture.componentInstance['form'];
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="slot-submit"]')?.click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    setMarketTimeZone(DEFAULT_TIME_ZONE);
    TestBed.configureTestingModule({
      imports: [SlotList],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ roadshows: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    TestBed.inject(AuthStore).signIn({ accessToken: 't', user: { id: 'u1', role: 'staff' } } as unknown as AuthAnswer);
    fixture = TestBed.createComponent(SlotList);
    element = fixture.nativeElement;
    fixture.componentRef.setInput('roadshow', event);
    fixture.detectChanges();
    http()
      .expectOne((r) => r.url === '/api/achievements')
      .flush({ items: [{ id: 'a1', title: '高效光伏组件', status: 'published' }], total: 1, page: 1, pageSize: 100 });
    await fixture.whenStable();
  });

  it('starts the slot at the event start, on the Beijing clock, with its zone in the label', () => {
    expect(element.querySelector<HTMLInputElement>('#slot-start-input')?.value).toBe('2099-12-10 14:00');
    const labels = Array.from(element.querySelectorAll('nz-form-label label')).map((l) => l.textContent?.trim());
    expect(labels).toEqual(['路演成果', '开始时间（北京时间）', '时长']);
    expect(element.querySelector('[data-testid="slot-minutes"]')?.textContent).toContain('分钟');
  });

  it('shows the problems on their fields and proposes a slot in UTC', async () => {
    form().controls.minutes.setValue(3);
    await submit();
    expect(errors()).toEqual(['请选择路演成果', '时长须在 5 到 480 分钟之间']);
    http().expectNone('/api/roadshows/r1/slots');

    form().patchValue({ achievementId: 'a1', start: new Date(2099, 11, 10, 15, 0), minutes: 30 });
    await submit();
    const request = http().expectOne('/api/roadshows/r1/slots');
    expect(request.request.body).toEqual({ achievementId: 'a1', startsAt: '2099-12-10T07:00:00.000Z', durationMinutes: 30 });
  });
});
