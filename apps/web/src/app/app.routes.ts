import { Route } from '@angular/router';
import { catalogRoutes } from '@market/web/catalog';
import { dealsRoutes } from '@market/web/deals';
import { identityRoutes } from '@market/web/identity';
import { auctionRoutes } from '@market/web/auctions';
import { roadshowsRoutes } from '@market/web/roadshows';
import { portalRoutes } from '@market/web/portal';
import { challengesRoutes } from '@market/web/challenges';
import { ShellLayout, notFoundRoute, shellRoutes } from '@market/web/shell';

/** The shell's home and 403 pages, every feature's routes, and the 404 page last. */
export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [...shellRoutes, ...identityRoutes, ...catalogRoutes, ...challengesRoutes, ...auctionRoutes, ...roadshowsRoutes, ...dealsRoutes, ...portalRoutes, ...notFoundRoute],
  },
];
