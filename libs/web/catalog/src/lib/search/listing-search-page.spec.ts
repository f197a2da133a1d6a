import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import type { Role } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { ListingSearchPage } from './listing-search-page';

describe('ListingSearchPage', () => {
  let harness: RouterTestingHarness;
  const role = signal<Role | null>(null);

  const el = (testId: string) => harness.routeNativeElement?.querySelector<HTMLElement>(`[data-testid="${testId}"]`) ?? null;
  // Every search answers an empty page; the config call answers nothing of use (the default regions stand in).
  const settle = async () => {
    const http = TestBed.inject(HttpTestingController);
    for (let round = 0; round < 5; round++) {
      await new Promise((resolve) => setTimeout(resolve));
      for (const request of http.match(() => true)) {
        request.flush(request.request.url.startsWith('/api/config') ? {} : { items: [], total: 0, page: 1, pageSize: 20, processingTimeMs: 1, facets: {} });
      }
    }
    await harness.fixture.whenStable();
  };
  const open = async (path: string) => {
    const navigation = harness.navigateByUrl(path, ListingSearchPage);
    await settle();
    await navigation;
    await settle();
  };
  const empty = () => el('search-empty')?.textContent ?? '';

  beforeEach(async () => {
    role.set(null);
    TestBed.configureTestingModule({
      providers: [
        provideRouter(
          [
            { path: 'achievements', component: ListingSearchPage, data: { kind: 'achievements' } },
            { path: 'needs', component: ListingSearchPage, data: { kind: 'needs' } },
          ],
          withComponentInputBinding(),
        ),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: { role, signedIn: () => role() !== null } },
        importProvidersFrom(TranslocoTestingModule.forRoot({ langs: testTranslationLangs({ catalog: { zh, en } }), translocoConfig: TRANSLATION_CONFIG, preloadLangs: true })),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    harness = await RouterTestingHarness.create();
  });

  it('says nothing is published yet when nothing was asked, without suggesting other keywords', async () => {
    await open('/achievements');
    expect(empty()).toContain('暂无已发布的成果');
    expect(empty()).not.toContain('换个关键词');
    expect(el('empty-create-listing')).toBeNull();
  });

  it('offers the creators of the kind to publish the first one', async () => {
    role.set('researcher');
    await open('/achievements');
    expect(el('empty-create-listing')?.textContent).toContain('发布成果');
    role.set('enterprise');
    await open('/needs');
    expect(empty()).toContain('暂无已发布的需求');
    expect(el('empty-create-listing')?.textContent).toContain('发布需求');
  });

  it('suggests other keywords only when words were typed', async () => {
    await open('/achievements?q=%E9%92%99%E9%92%9B%E7%9F%BF');
    expect(empty()).toContain('没有找到符合条件的结果');
    expect(empty()).toContain('换个关键词');
  });

  it('suggests loosening the filters when only filters were set', async () => {
    await open('/achievements?field=new_materials');
    expect(empty()).toContain('没有找到符合条件的结果');
    expect(empty()).not.toContain('换个关键词');
    expect(el('empty-clear-filters')).not.toBeNull();
  });
});
