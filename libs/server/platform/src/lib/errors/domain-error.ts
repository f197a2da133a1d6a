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
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, message: string) => new DomainError('invalid', code, message);
export const unauthenticated = (code: string, message: string) => new DomainError('unauthenticated', code, message);
export const forbidden = (code: string, message: string) => new DomainError('forbidden', code, message);
export const notFound = (code: string, message: string) => new DomainError('not_found', code, message);
export const conflict = (code: string, message: string, details?: DomainError['details']) => new DomainError('conflict', code, message, undefined, details);
export const unavailable = (code: string, message: string) => new DomainError('unavailable', code, message);
export const rateLimited = (code: string, message: string, retryAfterSeconds: number) =>
  new DomainError('rate_limited', code, message, retryAfterSeconds);

export const STATUS_OF_KIND: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  unavailable: 503,
};
