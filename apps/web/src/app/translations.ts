import { HttpClient } from '@angular/common/http';
import { EnvironmentProviders, Injectable, inject, makeEnvironmentProviders } from '@angular/core';
import { Translation, TranslocoLoader, TranslocoService, provideTransloco } from '@jsverse/transloco';
import { ROOT_TRANSLATIONS, TRANSLATIONS_URL, TRANSLATION_CONFIG, TRANSLATION_SOURCE } from '@market/web/ui';
import { Observable, forkJoin, map } from 'rxjs';

/**
 * Fetches `/i18n/<lib>/<lang>.json` (copied there from `libs/web/<lib>/i18n` by the build). A
 * root language (`zh`) is the root libraries' files, each under its library's name
 * (`shell.header.login`); a scope (`identity/zh`) is one library's file, which Transloco files
 * under the scope's name (`identity.loginPage.title`). So every key starts with its library.
 */
@Injectable({ providedIn: 'root' })
export class MarketTranslationLoader implements TranslocoLoader {
  private readonly http = inject(HttpClient);

  getTranslation(path: string): Observable<Translation> {
    if (path.includes('/')) return this.http.get<Translation>(`${TRANSLATIONS_URL}/${path}.json`);
    return forkJoin(ROOT_TRANSLATIONS.map((lib) => this.http.get<Translation>(`${TRANSLATIONS_URL}/${lib}/${path}.json`))).pipe(
      map((files) => Object.fromEntries(files.map((file, i) => [ROOT_TRANSLATIONS[i], file]))),
    );
  }
}

/** Transloco over HTTP, driven by LanguageService (the one language switch). */
export function provideMarketTranslations(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideTransloco({ config: TRANSLATION_CONFIG, loader: MarketTranslationLoader }),
    { provide: TRANSLATION_SOURCE, useExisting: TranslocoService },
  ]);
}
