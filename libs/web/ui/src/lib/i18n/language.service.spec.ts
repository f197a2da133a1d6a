import { importProvidersFrom } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoService, TranslocoTestingModule } from '@jsverse/transloco';
import { NzI18nService } from 'ng-zorro-antd/i18n';
import { LanguageService } from './language.service';
import { TrPipe } from './tr.pipe';
import { TRANSLATION_CONFIG, TRANSLATION_SOURCE, testTranslationLangs } from './translation-source';

describe('LanguageService', () => {
  beforeEach(() => localStorage.clear());

  const setUp = () => {
    TestBed.configureTestingModule({ providers: [TrPipe] });
    return { language: TestBed.inject(LanguageService), nz: TestBed.inject(NzI18nService), tr: TestBed.inject(TrPipe) };
  };

  /** ng-zorro's locale follows once its i18n module has loaded (LanguageService imports it lazily). */
  const localeOf = async (nz: NzI18nService, expected: string) => {
    for (let i = 0; i < 100 && nz.getLocaleId() !== expected; i++) await new Promise((r) => setTimeout(r, 10));
    return nz.getLocaleId();
  };

  it('starts in Chinese when nothing was chosen before', async () => {
    const { language, nz, tr } = setUp();
    language.restore();
    expect(language.lang()).toBe('zh');
    expect(await localeOf(nz, 'zh-cn')).toBe('zh-cn');
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(tr.transform({ zh: '成果大厅', en: 'Results' })).toBe('成果大厅');
  });

  it('switches to English, including ng-zorro’s texts, and remembers it', async () => {
    const { language, nz, tr } = setUp();
    language.use('en');
    expect(tr.transform({ zh: '成果大厅', en: 'Results' })).toBe('Results');
    expect(await localeOf(nz, 'en')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('market.lang')).toBe('en');
  });

  it('restores the remembered language and ignores unknown values', () => {
    localStorage.setItem('market.lang', 'en');
    const first = setUp().language;
    first.restore();
    expect(first.lang()).toBe('en');

    TestBed.resetTestingModule();
    localStorage.setItem('market.lang', 'fr');
    const second = setUp().language;
    second.restore();
    expect(second.lang()).toBe('zh');
  });

  it('drives Transloco: the root file and every scope loaded so far switch with it', async () => {
    TestBed.configureTestingModule({
      providers: [
        importProvidersFrom(
          TranslocoTestingModule.forRoot({
            langs: testTranslationLangs({
              shell: { zh: { home: '首页' }, en: { home: 'Home' } },
              identity: { zh: { login: '登录' }, en: { login: 'Sign in' } },
            }),
            translocoConfig: TRANSLATION_CONFIG,
          }),
        ),
        { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
      ],
    });
    const language = TestBed.inject(LanguageService);
    await language.restore();
    await language.loadScope('identity');
    expect([language.t('shell.home'), language.t('identity.login')]).toEqual(['首页', '登录']);
    await language.use('en');
    expect([language.t('shell.home'), language.t('identity.login')]).toEqual(['Home', 'Sign in']);
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });
});
