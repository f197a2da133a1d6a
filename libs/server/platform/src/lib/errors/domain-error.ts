import { formatError, type ErrorEntry, type ErrorParams, type ErrorStatus } from '@market/contracts';

/**
 * Domain code throws these, never HTTP exceptions: the kind decides the status code in one place
 * (DomainErrorFilter), the code (`IDENTITY.EMAIL_TAKEN`) lets clients and tests tell errors apart.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rate_limited'
  | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    /** Seconds after which a rate-limited caller may try again. */
    readonly retryAfterSeconds?: number,
    /** Facts a client can act on, added to the error body (a 409's existing `dealId`). */
    readonly details?: Record<string, string | number | boolean | null>,
    /** The message's parameters, in the body as `params` so that clients can word it themselves. */
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

const KIND_OF_STATUS: Record<ErrorStatus, DomainErrorKind> = {
  400: 'invalid',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'too_large',
  429: 'rate_limited',
  503: 'unavailable',
};

/**
 * The error of a catalogue entry (libs/contracts/src/lib/errors): its status, its code, and its
 * Chinese message with the parameters filled in. How every context throws.
 */
export function fail(
  entry: ErrorEntry,
  params?: ErrorParams,
  extra: { details?: DomainError['details']; retryAfterSeconds?: number } = {},
): DomainError {
  return new DomainError(KIND_OF_STATUS[entry.status], entry.code, formatError(entry, 'zh', params), extra.retryAfterSeconds, extra.details, params);
}

const HAN = /\p{Script=Han}/u;

/**
 * A rule's text written as `中文 (English)` or `English (中文)`, as the Chinese and the English
 * part: the parameters of a catalogue entry that passes a rule's words on (`{problem}` and
 * `{problemEn}`). A text that is not in one of these forms is both.
 */
export function splitBilingual(text: string): { zh: string; en: string } {
  const m = /^([\s\S]*\S)\s*\(([^()]*)\)\s*$/.exec(text);
  if (m) {
    const [, head, tail] = m;
    if (HAN.test(head) && !HAN.test(tail)) return { zh: head, en: tail };
    if (HAN.test(tail) && !HAN.test(head)) return { zh: tail, en: head };
  }
  return { zh: text, en: text };
}


export const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};
