import { registerLocaleData } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import zhLocale from '@angular/common/locales/zh';
import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { RoadshowListPage } from './roadshow-list-page';

registerLocaleData(zhLocale);

describe('RoadshowListPage', () => {
  let harness: RouterTestingHarness;

  const el = (testId: string) => harness.routeNativeElement?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;
  // The page stays busy while its lists load: answer every request with an empty page, then settle.
  const settle = async () => {
    const http = TestBed.inject(HttpTestingController);
    for (let round = 0; round < 5; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      for (const request of http.match(() => true)) request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
    }
    await harness.fixture.whenStable();
  };
  const open = async (path: string) => {
    const navigation = harness.navigateByUrl(path, RoadshowListPage);
    await settle();
    await navigation;
  };
  const click = async (testId: string) => {
    el(testId)?.click();
    await settle();
  };
  const url = () => TestBed.inject(Router).url;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([{ path: 'roadshows', component: RoadshowListPage }], withComponentInputBinding()),
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ roadshows: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  it('opens the calendar on the month the URL names, and keeps each move in the URL', async () => {
    await open('/roadshows?view=calendar&month=2027-03');
    expect(el('month-title')?.textContent?.trim()).toBe('2027-03');
    await click('month-next');
    expect(url()).toBe('/roadshows?view=calendar&month=2027-04');
    expect(el('month-title')?.textContent?.trim()).toBe('2027-04');
    await click('month-prev');
    await click('month-prev');
    expect(url()).toBe('/roadshows?view=calendar&month=2027-02');
  });

  it('switches between the list and the calendar through the query string', async () => {
    await open('/roadshows');
    expect(el('month-calendar')).toBeNull();
    await click('view-calendar');
    expect(url()).toBe('/roadshows?view=calendar');
    expect(el('month-calendar')).not.toBeNull();
    await click('month-next');
    expect(url()).toMatch(/^\/roadshows\?view=calendar&month=\d{4}-\d{2}$/);
    await click('view-list');
    expect(url()).toBe('/roadshows');
    expect(el('month-calendar')).toBeNull();
  });
});
