import { API_ERRORS } from '@market/web/ui';

/**
 * The catalog's sentences for failures: web-ui's common ones (`API_ERRORS`, `{ zh, en }` texts
 * of web-ui, shown with `LanguageService.text`; `serverMessage` and `describeError` are there too)
 * plus search being down, a translation key of the catalog.
 */
export const ERRORS = API_ERRORS;
export const SEARCH_DOWN = 'catalog.errors.searchDown';

/** Keys every catalog page uses. */
export const COMMON = {
  retry: 'catalog.common.retry',
  cancel: 'catalog.common.cancel',
} satisfies Record<string, string>;
