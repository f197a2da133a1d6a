import { Route } from '@angular/router';
import { CATALOG_SECTION_PATHS, catalogRoutes } from '@market/web/catalog';
import { DEALS_SECTION_PATHS, dealsRoutes } from '@market/web/deals';
import { identityRoutes } from '@market/web/identity';
import { AUCTION_SECTION_PATHS, auctionRoutes } from '@market/web/auctions';
import { ROADSHOWS_SECTION_PATHS, roadshowsRoutes } from '@market/web/roadshows';
import { ShellLayout, notFoundRoute, shellRoutes } from '@market/web/shell';

/** The shell previews sections not built yet; built ones (成果大厅, 需求大厅) replace their preview. */
const built = [...CATALOG_SECTION_PATHS, ...AUCTION_SECTION_PATHS, ...ROADSHOWS_SECTION_PATHS, ...DEALS_SECTION_PATHS];
const previewsLeft = shellRoutes.filter((route) => !built.includes(route.path ?? ''));

export const appRoutes: Route[] = [
  {
    path: '',
    component: ShellLayout,
    children: [...previewsLeft, ...identityRoutes, ...catalogRoutes, ...auctionRoutes, ...roadshowsRoutes, ...dealsRoutes, ...notFoundRoute],
  },
];
