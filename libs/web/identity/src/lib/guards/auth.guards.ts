import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';
import { Role } from '@market/contracts';
import { AuthStore } from '../data/auth.store';

export const FORBIDDEN_PATH = '/forbidden';

/** Lets signed-in users through; sends others to the login page, remembering where they were going. */
export const authGuard: CanActivateFn = async (_route, state) => {
  const store = inject(AuthStore);
  const router = inject(Router);
  await store.restore();
  return store.signedIn() ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
};

/**
 * Lets through users having one of `roles`. Signed-out visitors go to the login page (they may
 * have the role); signed-in users with another role get the 403 page, since signing in again
 * would not help.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return async (_route, state) => {
    const store = inject(AuthStore);
    const router = inject(Router);
    await store.restore();
    if (!store.signedIn()) {
      return router.createUrlTree(['/login'], { queryParams: { returnUrl: state.url } });
    }
    return store.hasRole(roles) ? true : router.createUrlTree([FORBIDDEN_PATH]);
  };
}
