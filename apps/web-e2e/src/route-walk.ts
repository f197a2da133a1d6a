import { APIRequestContext, Page, expect } from '@playwright/test';
import { STAFF, registerByApi } from './accounts';

/**
 * Walking every route of the web app (apps/web's app.routes.ts, libs/web/*\/src/lib/*.routes.ts)
 * as one role in one page: the accessibility walk and the English walk share it. Routes are opened
 * in the app (history + popstate, as the browser's back button does), not reloaded. The demo
 * accounts (README.md, demo market) are used when the server has them; otherwise the e2e staff
 * account and freshly registered ones.
 */

const DEMO_PASSWORD = 'demo-password-2026';

export type Role = 'anonymous' | 'staff' | 'researcher' | 'enterprise' | 'broker';

/**
 * A route as declared, and how to get a concrete path: static paths as they are; a `:param` route
 * takes the first link on an earlier page that matches `link` (or derives one from another link).
 */
export interface RouteSpec {
  route: string;
  link?: RegExp;
  derive?: { from: RegExp; suffix: string };
}

export const ROUTES: RouteSpec[] = [
  { route: '/' },
  { route: '/login' },
  { route: '/register' },
  { route: '/forbidden' },
  { route: '/**', link: /^$/ }, // the 404 page, opened as /a11y-no-such-page
  { route: '/achievements' },
  { route: '/needs' },
  { route: '/auctions' },
  { route: '/roadshows' },
  { route: '/stats' },
  { route: '/me/achievements' },
  { route: '/me/needs' },
  { route: '/me/roadshows' },
  { route: '/me/notifications' },
  { route: '/organization' },
  { route: '/deals' },
  { route: '/deals/registration' },
  { route: '/review' },
  { route: '/workbench' },
  { route: '/matchmaking' },
  { route: '/organizations/verification' },
  { route: '/achievements/:id', link: /^\/achievements\/(?!new$)[^/]+$/ },
  { route: '/needs/:id', link: /^\/needs\/(?!new$)[^/]+$/ },
  { route: '/auctions/:id', link: /^\/auctions\/(?!new$|lots$)[^/]+$/ },
  { route: '/auctions/lots/:lotId', link: /^\/auctions\/lots\/[^/]+$/ },
  { route: '/auctions/lots/:lotId/confirmation', link: /^\/auctions\/lots\/[^/]+\/confirmation$/ },
  { route: '/roadshows/:id', link: /^\/roadshows\/(?!new$)[^/]+$/ },
  { route: '/deals/:id', link: /^\/deals\/(?!registration$)[^/]+$/ },
  { route: '/achievements/new' },
  { route: '/achievements/:id/edit', link: /^\/achievements\/[^/]+\/edit$/, derive: { from: /^\/achievements\/(?!new$)[^/]+$/, suffix: '/edit' } },
  { route: '/needs/new' },
  { route: '/needs/:id/edit', link: /^\/needs\/[^/]+\/edit$/, derive: { from: /^\/needs\/(?!new$)[^/]+$/, suffix: '/edit' } },
  { route: '/auctions/new' },
  { route: '/roadshows/new' },
  { route: '/roadshows/:id/edit', link: /^\/roadshows\/[^/]+\/edit$/, derive: { from: /^\/roadshows\/(?!new$)[^/]+$/, suffix: '/edit' } },
  { route: '/stats/targets' },
  { route: '/announcements' },
  { route: '/announcements/:id', link: /^\/announcements\/(?!new$)[^/?]+$/ },
  { route: '/announcements/new' },
  { route: '/challenges' },
  { route: '/challenges/new' },
  { route: '/challenges/mine' },
  { route: '/challenges/review' },
  { route: '/challenges/:id', link: /^\/challenges\/(?!new$|mine$|review$)[^/?]+$/ },
  { route: '/challenges/:id/edit', link: /^\/challenges\/[^/]+\/edit$/, derive: { from: /^\/challenges\/(?!new$|mine$|review$)[^/?]+$/, suffix: '/edit' } },
  { route: '/challenges/:id/apply', link: /^\/challenges\/[^/]+\/apply$/, derive: { from: /^\/challenges\/(?!new$|mine$|review$)[^/?]+$/, suffix: '/apply' } },
  { route: '/challenges/:id/scoring', link: /^\/challenges\/[^/]+\/scoring$/, derive: { from: /^\/challenges\/(?!new$|mine$|review$)[^/?]+$/, suffix: '/scoring' } },
  { route: '/challenges/:id/ranking', link: /^\/challenges\/[^/]+\/ranking$/, derive: { from: /^\/challenges\/(?!new$|mine$|review$)[^/?]+$/, suffix: '/ranking' } },
  { route: '/challenges/:id/announcement', link: /^\/challenges\/[^/]+\/announcement$/, derive: { from: /^\/challenges\/(?!new$|mine$|review$)[^/?]+$/, suffix: '/announcement' } },
  { route: '/announcements/:id/edit', link: /^\/announcements\/[^/]+\/edit$/, derive: { from: /^\/announcements\/(?!new$)[^/?]+$/, suffix: '/edit' } },
];

/** Requests in flight, so a route counts as loaded when its data and lazy styles have arrived. */
export function trackRequests(page: Page) {
  const inFlight = new Set<unknown>();
  const live = (url: string) => !url.includes('/socket.io/') && !url.startsWith('data:');
  page.on('request', (r) => live(r.url()) && inFlight.add(r));
  page.on('requestfinished', (r) => inFlight.delete(r));
  page.on('requestfailed', (r) => inFlight.delete(r));
  return async function settled(timeoutMs = 8000) {
    const until = Date.now() + timeoutMs;
    let quietSince = Date.now();
    while (Date.now() < until) {
      if (inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= 300) break;
      await page.waitForTimeout(50);
    }
    await page
      .waitForFunction(() => !document.querySelector('.ant-spin-spinning, .ant-skeleton-active'), undefined, { timeout: Math.max(500, until - Date.now()) })
      .catch(() => undefined);
    // Let animations (ng-zorro fades/slides of 0.2–0.3 s) end so colours are measured at rest.
    await page.waitForTimeout(350);
  };
}

/** Opens a path inside the running app, as the browser's back/forward does (Angular listens to popstate). */
export async function openInApp(page: Page, path: string) {
  await page.evaluate((p) => {
    window.history.pushState(null, '', p);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  }, path);
}

async function demoOr(request: APIRequestContext, email: string): Promise<boolean> {
  const answer = await request.post('/api/auth/login', { data: { email, password: DEMO_PASSWORD } });
  return answer.status() === 200 || answer.status() === 201;
}

export async function credentials(request: APIRequestContext, role: Exclude<Role, 'anonymous'>): Promise<{ email: string; password: string }> {
  const demo = `${role}@demo.market`;
  if (await demoOr(request, demo)) return { email: demo, password: DEMO_PASSWORD };
  if (role === 'staff') return STAFF;
  const stamp = Date.now();
  const org =
    role === 'researcher'
      ? { name: `温州无障碍研究院 ${stamp}`, kind: 'institute' }
      : role === 'enterprise'
        ? { name: `温州无障碍科技有限公司 ${stamp}`, kind: 'enterprise' }
        : { name: `温州无障碍技术经纪事务所 ${stamp}`, kind: 'agency' };
  const { email } = await registerByApi(request, role, `无障碍${role}`, org);
  return { email, password: 'e2e-password-123' };
}

export async function signIn(page: Page, role: Exclude<Role, 'anonymous'>) {
  const { email, password } = await credentials(page.request, role);
  await page.goto('/login');
  await page.getByTestId('email').fill(email);
  await page.getByTestId('password').fill(password);
  await page.getByTestId('submit').click();
  await expect(page.getByTestId('user-name')).toBeVisible();
}

export function resolvePath(spec: RouteSpec, links: string[]): string | undefined {
  if (spec.route === '/**') return '/a11y-no-such-page';
  if (!spec.link) return spec.route;
  const found = links.find((l) => spec.link?.test(l));
  if (found) return found;
  if (spec.derive) {
    const base = links.find((l) => spec.derive?.from.test(l));
    if (base) return base + spec.derive.suffix;
  }
  return undefined;
}

export async function linksOn(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]')]
      .map((a) => new URL((a as HTMLAnchorElement).href, location.href))
      .filter((u) => u.origin === location.origin)
      .map((u) => u.pathname),
  );
}

/** Route pattern of a concrete path, so a redirect to an already checked page is not checked twice. */
export function landedKey(path: string): string {
  return path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id');
}


export interface Visit {
  role: Role;
  size: string;
  route: string;
  path?: string;
  landed?: string;
  skipped?: string;
  ms?: number;
}

export interface Size {
  name: string;
  width: number;
  height: number;
}

/**
 * Signs in as `role` (or opens the home page), then at each size opens every route of ROUTES and
 * lets `inspect` look at it once it has settled. A `:param` route takes a link seen on an earlier
 * page; a redirect to a page already inspected at this size is not inspected twice.
 */
export async function walkRoutes(page: Page, role: Role, sizes: readonly Size[], inspect: (at: { size: string; route: string; path: string }) => Promise<void>): Promise<Visit[]> {
  const settled = trackRequests(page);
  const visits: Visit[] = [];
  const links = new Set<string>();

  if (role === 'anonymous') await page.goto('/');
  else await signIn(page, role);
  await settled();

  for (const size of sizes) {
    await page.setViewportSize({ width: size.width, height: size.height });
    const checked = new Set<string>();
    for (const spec of ROUTES) {
      const t0 = Date.now();
      const path = resolvePath(spec, [...links]);
      if (!path) {
        visits.push({ role, size: size.name, route: spec.route, skipped: 'no link to such a page was found on the pages before' });
        continue;
      }
      await openInApp(page, path);
      await settled();
      const landed = new URL(page.url()).pathname;
      const key = landedKey(landed);
      if (landed !== path && checked.has(key)) {
        visits.push({ role, size: size.name, route: spec.route, path, landed, skipped: `redirected to ${landed}, already checked` });
        continue;
      }
      checked.add(key);
      for (const l of await linksOn(page)) links.add(l);
      await inspect({ size: size.name, route: spec.route, path: landed });
      visits.push({ role, size: size.name, route: spec.route, path, landed, ms: Date.now() - t0 });
    }
  }
  return visits;
}
