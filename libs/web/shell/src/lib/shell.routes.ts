import { Routes } from '@angular/router';
import { MARKET_SECTIONS } from './sections';

/**
 * Home and the market's sections. Pages load lazily so the first download holds only the frame
 * (header, footer) and the framework.
 */
export const shellRoutes: Routes = [
  { path: '', pathMatch: 'full', loadComponent: () => import('./home/home-page').then((m) => m.HomePage) },
  // Each section shows its preview until its feature library replaces this entry.
  ...MARKET_SECTIONS.map((section) => ({
    path: section.path,
    loadComponent: () => import('./section-preview-page').then((m) => m.SectionPreviewPage),
    data: { title: section.label, section: section.preview },
  })),
  {
    path: 'forbidden',
    loadComponent: () => import('./errors/forbidden-page').then((m) => m.ForbiddenPage),
    data: { title: { zh: '无权访问', en: 'Not allowed' } },
  },
];

/** Must stay last: it catches every path no other route claimed. */
export const notFoundRoute: Routes = [
  {
    path: '**',
    loadComponent: () => import('./errors/not-found-page').then((m) => m.NotFoundPage),
    data: { title: { zh: '页面不存在', en: 'Page not found' } },
  },
];
