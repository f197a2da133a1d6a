import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, throwError } from 'rxjs';
import { AuthStore } from './auth.store';

/** Only our own API gets the token; a third-party URL must never see it. */
function isApiRequest(url: string): boolean {
  return url.startsWith('/api/') || url === '/api';
}

/**
 * Adds the bearer token to API calls and ends the session when the API rejects it (expired or
 * revoked), so the header stops claiming a signed-in user.
 */
export const authInterceptor: HttpInterceptorFn = (request, next) => {
  const store = inject(AuthStore);
  const token = store.token();
  if (!token || !isApiRequest(request.url)) return next(request);

  const authorized = request.clone({ setHeaders: { Authorization: `Bearer ${token}` } });
  return next(authorized).pipe(
    catchError((error: unknown) => {
      // Compare tokens so that a late 401 of an old session cannot end a newer one.
      if (error instanceof HttpErrorResponse && error.status === 401 && store.token() === token) {
        store.clear();
      }
      return throwError(() => error);
    }),
  );
};
