import { registerLocaleData } from '@angular/common';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import zh from '@angular/common/locales/zh';
import {
  ApplicationConfig,
  LOCALE_ID,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { TitleStrategy, provideRouter, withComponentInputBinding, withInMemoryScrolling } from '@angular/router';
import { AuthStore, authInterceptor } from '@market/web/identity';
import { LocalizedTitleStrategy } from '@market/web/shell';
import { LanguageService, PublicConfigStore } from '@market/web/ui';
import { appRoutes } from './app.routes';
import { provideMarketTranslations } from './translations';

registerLocaleData(zh);

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'top', anchorScrolling: 'enabled' }),
    ),
    { provide: TitleStrategy, useClass: LocalizedTitleStrategy },
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    // Number and date formats stay Chinese even in English: the users are in a Chinese city.
    { provide: LOCALE_ID, useValue: 'zh-CN' },
    // The API speaks UTC; pages show the market's zone through @market/shared/time (the wallTime
    // pipe), not Angular's date pipe, whose fixed offset cannot follow daylight saving.
    // ng-zorro's own texts default to zh_CN; LanguageService switches them (ng-zorro's i18n, which
    // brings date-fns, loads with the first page that needs it, not with the home page).
    // Texts from libs/web/<lib>/i18n/{zh,en}.json: the shell's at start-up, each feature's with its routes.
    provideMarketTranslations(),
    provideAppInitializer(() => {
      // All at once: the remembered language's root translation (header, footer, home), /api/config sets the market's time zone before any page shows a time, and
      // waiting for /api/auth/me keeps a signed-in user from seeing a signed-out header flash by.
      return Promise.all([inject(LanguageService).restore(), inject(PublicConfigStore).load(), inject(AuthStore).restore()]).then(() => undefined);
    }),
  ],
};
