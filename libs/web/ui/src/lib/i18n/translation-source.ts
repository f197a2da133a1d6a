import { InjectionToken } from '@angular/core';
import { Observable } from 'rxjs';
import { LANGS, Lang } from './localized';

/**
 * What LanguageService needs of Transloco; `TranslocoService` itself fits it, and apps/web
 * provides it (`{ provide: TRANSLATION_SOURCE, useExisting: TranslocoService }`). This library
 * does not import `@jsverse/transloco` itself, so the libraries still on `Localized` (and their
 * unit tests) do not load it.
 */
export interface TranslationSource {
  load(path: string): Observable<unknown>;
  translate(key: string, params?: Record<string, unknown>, lang?: string): string;
  setActiveLang(lang: string): unknown;
}

export const TRANSLATION_SOURCE = new InjectionToken<TranslationSource>('TRANSLATION_SOURCE');

/**
 * Where the build puts the translation files (apps/web/project.json's assets):
 * `libs/web/<lib>/i18n/<lang>.json` → `/i18n/<lib>/<lang>.json`.
 */
export const TRANSLATIONS_URL = 'i18n';

/**
 * The libraries whose files make up the root translation: the frame that every page shows
 * (header, menus, footer, home and error pages). They load once at start-up, before the first
 * page renders; every other library is a Transloco scope that loads with its routes.
 */
export const ROOT_TRANSLATIONS: readonly string[] = ['shell'];

/** Transloco's settings: zh and en, Chinese by default and as the fallback, re-rendered on a switch. */
export const TRANSLATION_CONFIG = {
  availableLangs: [...LANGS],
  defaultLang: 'zh',
  fallbackLang: 'zh',
  reRenderOnLangChange: true,
  missingHandler: { useFallbackTranslation: true, logMissingKey: true },
  prodMode: true,
};

type Translation = Record<string, unknown>;

/**
 * The languages for Transloco's testing module from the files a spec imports
 * (`{ shell: { zh, en }, identity: { zh, en } }`): root libraries nest in the root translation
 * under their name, the others become scopes (`identity/zh`), as the app's loader serves them.
 */
export function testTranslationLangs(files: Record<string, Record<Lang, Translation>>): Record<string, Translation> {
  const langs: Record<string, Translation> = {};
  for (const lang of LANGS) {
    const root: Translation = {};
    for (const [lib, file] of Object.entries(files)) {
      if (ROOT_TRANSLATIONS.includes(lib)) root[lib] = file[lang];
      else langs[`${lib}/${lang}`] = file[lang];
    }
    langs[lang] = root;
  }
  return langs;
}
