import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from '@market/contracts';
import { Localized } from '@market/web/ui';

export const ERRORS = {
  network: { zh: '无法连接服务器，请检查网络后重试。', en: 'Cannot reach the server. Check your connection and try again.' },
  unknown: { zh: '服务器暂时无法处理请求，请稍后再试。', en: 'The server could not handle the request. Please try again later.' },
  searchDown: { zh: '搜索服务暂时不可用，请稍后重试。', en: 'Search is unavailable at the moment. Please try again shortly.' },
  forbidden: { zh: '您没有执行此操作的权限。', en: 'You are not allowed to do this.' },
  conflict: { zh: '当前状态不允许此操作，请刷新页面后重试。', en: 'This is not possible in the current state; reload and try again.' },
} satisfies Record<string, Localized>;

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

export function errorStatus(error: unknown): number {
  return error instanceof HttpErrorResponse ? error.status : -1;
}

/** The server's own words (validation answers name the field), when it sent any. */
export function serverMessage(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse) || !isApiErrorBody(error.error)) return null;
  const { message } = error.error;
  const text = Array.isArray(message) ? message.join('；') : message;
  return typeof text === 'string' && text.trim() ? text : null;
}

/** A message for a failed action, in the reader's language unless the server said something more precise. */
export function describeError(error: unknown, text: (value: Localized) => string): string {
  const status = errorStatus(error);
  if (status === 0) return text(ERRORS.network);
  if (status === 403) return serverMessage(error) ?? text(ERRORS.forbidden);
  if (status === 409) return serverMessage(error) ?? text(ERRORS.conflict);
  if (status >= 400 && status < 500) return serverMessage(error) ?? text(ERRORS.unknown);
  return text(ERRORS.unknown);
}
