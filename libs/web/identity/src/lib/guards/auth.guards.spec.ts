import { TestBed } from '@angular/core/testing';
import { ActivatedRouteSnapshot, Router, RouterStateSnapshot, UrlTree, provideRouter } from '@angular/router';
import { Role, User } from '@market/contracts';
import { AuthStore } from '../data/auth.store';
import { authGuard, roleGuard } from './auth.guards';

function userWith(role: Role): User {
  return {
    id: '5f0c6b5e-0000-4000-8000-000000000001',
    email: 'li@example.com',
    name: '李明',
    role,
    organization: { id: '5f0c6b5e-0000-4000-8000-000000000002', name: '温州机电有限公司', kind: 'enterprise', region: '鹿城区' },
  };
}

/** A store stand-in: the guards only read the session, they must not call the API. */
class FakeAuthStore {
  user: User | null = null;
  restore = jest.fn(() => Promise.resolve());
  signedIn = () => this.user !== null;
  hasRole = (roles: readonly Role[]) => this.user !== null && roles.includes(this.user.role);
}

describe('auth guards', () => {
  let store: FakeAuthStore;
  let router: Router;
  const route = {} as ActivatedRouteSnapshot;
  const state = { url: '/needs/new?draft=1' } as RouterStateSnapshot;

  beforeEach(() => {
    store = new FakeAuthStore();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), { provide: AuthStore, useValue: store }],
    });
    router = TestBed.inject(Router);
  });

  const run = (guard: ReturnType<typeof roleGuard>) =>
    TestBed.runInInjectionContext(() => guard(route, state)) as Promise<boolean | UrlTree>;

  describe('roleGuard', () => {
    it('lets a user with an allowed role through', async () => {
      store.user = userWith('enterprise');
      await expect(run(roleGuard('enterprise', 'staff'))).resolves.toBe(true);
      expect(store.restore).toHaveBeenCalledTimes(1);
    });

    it('sends a signed-in user with another role to the 403 page', async () => {
      store.user = userWith('researcher');
      const result = await run(roleGuard('enterprise', 'staff'));
      expect(result).toBeInstanceOf(UrlTree);
      expect(router.serializeUrl(result as UrlTree)).toBe('/forbidden');
    });

    it('sends a signed-out visitor to the login page with the wanted URL', async () => {
      const result = await run(roleGuard('broker'));
      expect(result).toBeInstanceOf(UrlTree);
      const tree = result as UrlTree;
      expect(tree.root.children['primary']?.segments.map((s) => s.path)).toEqual(['login']);
      expect(tree.queryParams).toEqual({ returnUrl: '/needs/new?draft=1' });
    });

    it('waits for the session to be restored before deciding', async () => {
      // A reload on a protected page: the user is known only once /api/auth/me has answered.
      store.restore.mockImplementation(() => {
        store.user = userWith('staff');
        return Promise.resolve();
      });
      await expect(run(roleGuard('staff'))).resolves.toBe(true);
    });
  });

  describe('authGuard', () => {
    it('lets any signed-in user through', async () => {
      store.user = userWith('broker');
      await expect(run(authGuard)).resolves.toBe(true);
    });

    it('redirects a signed-out visitor to the login page', async () => {
      const result = (await run(authGuard)) as UrlTree;
      expect(router.serializeUrl(result)).toBe('/login?returnUrl=%2Fneeds%2Fnew%3Fdraft%3D1');
    });
  });
});
