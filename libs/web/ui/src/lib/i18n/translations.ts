import { inject } from '@angular/core';
import { ResolveFn, Route } from '@angular/router';
import { LanguageService } from './language.service';

const scopeResolver =
  (scope: string): ResolveFn<boolean> =>
  () =>
    inject(LanguageService)
      .loadScope(scope)
      .then(() => true);

/**
 * A library's routes with its translation scope (`libs/web/<scope>/i18n`): the file loads before
 * the first of its pages shows, so neither the page nor its title flashes a key, and
 * LanguageService loads it again in every language switched to. Keys are written in full
 * (`identity.login.title`), so templates need no scope provider.
 */
export function withTranslationScope(scope: string, routes: Route[]): Route[] {
  return routes.map((route) => ({ ...route, resolve: { ...route.resolve, translations: scopeResolver(scope) } }));
}
