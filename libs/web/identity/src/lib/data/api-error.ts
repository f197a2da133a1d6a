import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorBody } from '@market/contracts';
import { Localized } from '@market/web/ui';

function isApiErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && 'message' in value;
}

/** The server's own message (API errors carry a string or a list of validation messages). */
export function serverMessage(error: unknown): string | null {
  if (!(error instanceof HttpErrorResponse) || !isApiErrorBody(error.error)) return null;
  const { message } = error.error;
  const text = Array.isArray(message) ? message.join('；') : message;
  return text.trim() ? text : null;
}

export const NETWORK_ERROR: Localized = {
  zh: '无法连接服务器，请检查网络后重试。',
  en: 'Cannot reach the server. Check your connection and try again.',
};

export const UNKNOWN_ERROR: Localized = {
  zh: '服务器暂时无法处理请求，请稍后再试。',
  en: 'The server could not handle the request. Please try again later.',
};

/** Seconds to wait from a 429's Retry-After header, when the server gave one. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const value = Number(error.headers.get('Retry-After'));
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}
