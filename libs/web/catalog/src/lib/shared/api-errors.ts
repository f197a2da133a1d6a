import { API_ERRORS, Localized } from '@market/web/ui';

/**
 * The catalog's sentences for failures: web-ui's common ones (`API_ERRORS`, with `serverMessage`
 * and `describeError` there) plus search being down.
 */
export const ERRORS = {
  ...API_ERRORS,
  searchDown: { zh: '搜索服务暂时不可用，请稍后重试。', en: 'Search is unavailable at the moment. Please try again shortly.' },
} satisfies Record<string, Localized>;
