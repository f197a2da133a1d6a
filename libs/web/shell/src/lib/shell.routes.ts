import { Routes } from '@angular/router';
import { withTranslationScope } from '@market/web/ui';

/**
 * Home and the 403 page; the market's sections come from their feature libraries. Pages load
 * lazily so the first download holds only the frame (header, footer) and the framework.
 */
export const shellRoutes: Routes = [
  // the home page shows the portal's live board, whose texts are the `portal` scope
  ...withTranslationScope('portal', [
    { path: '', pathMatch: 'full', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  ]),
  {
    path: 'forbidden',
    loadComponent: () => import('./errors/forbidden-page').then((m) => m.ForbiddenPage),
    data: { title: 'shell.routes.notAllowed' },
  },
];

/** Must stay last: it catches every path no other route claimed. */
export const notFoundRoute: Routes = [
  {
    path: '**',
    loadComponent: () => import('./errors/not-found-page').then((m) => m.NotFoundPage),
    data: { title: 'shell.routes.pageNotFound' },
  },
];
