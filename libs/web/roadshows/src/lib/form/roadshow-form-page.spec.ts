import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import zhLocale from '@angular/common/locales/zh';
import { importProvidersFrom } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { DEFAULT_TIME_ZONE, setMarketTimeZone } from '@market/shared/time';
import { LanguageService, TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { RoadshowFormPage } from './roadshow-form-page';

// The pickers format their Dates with Angular's locale data, as apps/web registers it.
registerLocaleData(zhLocale);

describe('RoadshowFormPage', () => {
  let fixture: ComponentFixture<RoadshowFormPage>;
  let element: HTMLElement;

  // The form itself: the pickers are driven by their Dates, as nz-date-picker hands them over.
  const form = () => fixture.componentInstance['form'];
  const errors = () => Array.from(element.querySelectorAll('.ant-form-item-explain-error')).map((e) => e.textContent?.trim());
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('[data-testid="rs-save"]')?.click();
    await fixture.whenStable();
  };

  beforeEach(async () => {
    setMarketTimeZone(DEFAULT_TIME_ZONE);
    TestBed.configureTestingModule({
      imports: [RoadshowFormPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ roadshows: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    fixture = TestBed.createComponent(RoadshowFormPage);
    element = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('labels the times with the market zone and marks the required fields', () => {
    const labels = Array.from(element.querySelectorAll('nz-form-label label')).map((l) => [l.textContent?.trim(), l.getAttribute('for'), l.classList.contains('ant-form-item-required')]);
    expect(labels).toEqual([
      ['活动名称', 'rs-title-input', true],
      ['活动类型', 'rs-kind-input', true],
      ['开始时间（北京时间）', 'rs-starts-input', true],
      ['结束时间（北京时间）', 'rs-ends-input', true],
      ['地点', 'rs-venue-input', false],
      ['线上链接', 'rs-online-input', false],
      ['名额', 'rs-capacity-input', true],
      ['活动介绍', 'rs-description-input', false],
    ]);
    expect(element.querySelector('#rs-starts-input')).not.toBeNull();
    expect(element.querySelector('#rs-capacity-input')).not.toBeNull();
  });

  it('shows each problem on its field, in Chinese, and sends nothing', async () => {
    await submit();
    expect(errors()).toEqual(['请填写活动名称', '请选择开始时间', '请选择结束时间', '地点和线上链接至少填写一项']);
    TestBed.inject(HttpTestingController).expectNone('/api/roadshows');
  });

  it('wants the end after the start, a real link and enough places', async () => {
    form().patchValue({
      title: '路',
      startsAt: new Date(2026, 11, 10, 14, 0),
      endsAt: new Date(2026, 11, 10, 13, 0),
      onlineUrl: 'meeting.example.com',
      capacity: 0,
    });
    await submit();
    expect(errors()).toEqual(['活动名称至少 2 个字', '结束时间须晚于开始时间', '线上链接须以 http:// 或 https:// 开头', '名额须在 1 到 100000 人之间']);
  });

  it('reads the pickers as Beijing wall time and sends UTC instants', async () => {
    form().patchValue({
      title: '新能源成果专场路演',
      startsAt: new Date(2026, 11, 10, 14, 0),
      endsAt: new Date(2026, 11, 10, 16, 0),
      venue: ' 3 楼路演厅 ',
      capacity: 30,
    });
    await submit();
    expect(errors()).toEqual([]);
    const request = TestBed.inject(HttpTestingController).expectOne('/api/roadshows');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      title: '新能源成果专场路演',
      kind: 'roadshow',
      startsAt: '2026-12-10T06:00:00.000Z',
      endsAt: '2026-12-10T08:00:00.000Z',
      venue: '3 楼路演厅',
      onlineUrl: null,
      capacity: 30,
      description: null,
    });
  });

  it('speaks English after the switch', async () => {
    await TestBed.inject(LanguageService).use('en');
    await fixture.whenStable();
    await submit();
    const labels = Array.from(element.querySelectorAll('nz-form-label label')).map((l) => l.textContent?.trim());
    expect(labels.slice(2, 4)).toEqual(['Starts (Beijing time)', 'Ends (Beijing time)']);
    expect(errors()).toEqual(["Enter the event's title", 'Choose the start time', 'Choose the end time', 'Give a venue, an online link, or both']);
  });
});
