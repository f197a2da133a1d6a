import { DATE_PIPE_DEFAULT_OPTIONS, registerLocaleData } from '@angular/common';
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
import { LanguageService } from '@market/web/ui';
import { provideNzI18n, zh_CN } from 'ng-zorro-antd/i18n';
import { appRoutes } from './app.routes';

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
    // The API speaks UTC; people read Asia/Shanghai time (no daylight saving, so a fixed offset is exact).
    { provide: DATE_PIPE_DEFAULT_OPTIONS, useValue: { timezone: '+0800', dateFormat: 'yyyy-MM-dd HH:mm' } },
    provideNzI18n(zh_CN),
    provideAppInitializer(() => {
      inject(LanguageService).restore();
      // Waiting for /api/auth/me keeps a signed-in user from seeing a signed-out header flash by.
      return inject(AuthStore).restore();
    }),
  ],
};
