import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { LocalizedTitleStrategy } from '@market/web/shell';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from '@market/web/ui';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appRoutes } from './app.routes';

/** The libraries' translation files, as the build serves them. */
const file = (lib: string) => ({
  zh: JSON.parse(readFileSync(join(__dirname, '../../../../libs/web', lib, 'i18n/zh.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(__dirname, '../../../../libs/web', lib, 'i18n/en.json'), 'utf8')),
});

describe('app routes', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter(appRoutes, withComponentInputBinding()),
        { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
        provideHttpClient(),
        provideHttpClientTesting(),
        importProvidersFrom(
          TranslocoTestingModule.forRoot({
            langs: testTranslationLangs({ shell: file('shell'), identity: file('identity'), portal: file('portal') }),
            translocoConfig: TRANSLATION_CONFIG,
            preloadLangs: true,
          }),
        ),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
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

  it('serves every section of the header from its library: no preview is left', () => {
    const children = appRoutes[0].children ?? [];
    for (const path of ['achievements', 'needs', 'challenges', 'auctions', 'roadshows', 'deals', 'stats']) {
      const routes = children.filter((r) => r.path === path);
      expect([path, routes.length]).toEqual([path, 1]);
      expect([path, routes[0].data?.['section']]).toEqual([path, undefined]);
    }
    expect(children.map((r) => r.path)).toEqual(expect.arrayContaining(['auctions/new', 'auctions/lots/:lotId', 'auctions/:id']));
  });

  it('answers an unknown path with the 404 page', async () => {
    await harness.navigateByUrl('/no/such/page');
    expect(harness.routeNativeElement?.querySelector('[data-testid="not-found"]')).not.toBeNull();
    expect(heading()).toBe('页面不存在');
  });

  it('serves 撮合工作台 at /matchmaking and everyone\'s 工作台 at /workbench, both behind a guard', () => {
    const children = appRoutes[0].children ?? [];
    const matchmaking = children.find((r) => r.path === 'matchmaking');
    expect(matchmaking?.canActivate).toHaveLength(1);
    expect(matchmaking?.data?.['title']).toBe('catalog.routes.workbench');
    const workbench = children.filter((r) => r.path === 'workbench');
    expect(workbench).toHaveLength(1);
    expect(workbench[0].canActivate).toHaveLength(1);
    expect(workbench[0].data?.['title']).toBe('portal.routes.workbench');
  });

  it('serves 成果大厅 and 需求大厅 from the catalog, not from a preview', () => {
    const children = appRoutes[0].children ?? [];
    const paths = children.map((route) => route.path);
    for (const path of ['achievements', 'needs']) {
      expect(paths.filter((p) => p === path)).toHaveLength(1);
      const route = children.find((r) => r.path === path);
      expect(route?.data?.['kind']).toBe(path);
      expect(route?.data?.['section']).toBeUndefined();
    }
    expect(paths).toEqual(
      expect.arrayContaining(['achievements/new', 'achievements/:id', 'needs/:id/edit', 'me/achievements', 'me/needs', 'review', 'workbench']),
    );
    // The catch-all stays last.
    expect(paths[paths.length - 1]).toBe('**');
  });

  it('serves 路演活动 from the roadshows library, not from a preview', () => {
    const children = appRoutes[0].children ?? [];
    const paths = children.map((route) => route.path);
    expect(paths.filter((p) => p === 'roadshows')).toHaveLength(1);
    expect(children.find((r) => r.path === 'roadshows')?.data?.['section']).toBeUndefined();
    expect(paths).toEqual(expect.arrayContaining(['roadshows/new', 'roadshows/:id', 'roadshows/:id/edit', 'me/roadshows']));
    expect(children.find((r) => r.path === 'roadshows/new')?.canActivate).toHaveLength(1);
  });
});
