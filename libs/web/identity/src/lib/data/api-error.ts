import { HttpErrorResponse } from '@angular/common/http';

/**
 * Sign-in's own reading of an error answer; the words for every failed call (`serverMessage`,
 * `API_ERRORS`) come from @market/web/ui.
 */

/** Seconds to wait from a 429's Retry-After header, when the server gave one. */
export function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof HttpErrorResponse)) return null;
  const value = Number(error.headers.get('Retry-After'));
  return Number.isFinite(value) && value > 0 ? Math.ceil(value) : null;
}
