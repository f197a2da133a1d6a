import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';
import { CATALOG_STYLES } from './data/catalog-styles';
import { KIND_TEXT, ListingKind } from './data/listing-kind';

/** Every catalog page needs the form controls (search box, selects) and the catalog sheet. */
const baseStyles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(CATALOG_STYLES.catalog)]);

const searchPage = () => Promise.all([baseStyles(), import('./search/listing-search-page')]).then(([, m]) => m.ListingSearchPage);
const detailPage = () => Promise.all([baseStyles(), import('./detail/listing-detail-page')]).then(([, m]) => m.ListingDetailPage);
const minePage = () => Promise.all([baseStyles(), import('./mine/my-listings-page')]).then(([, m]) => m.MyListingsPage);

function hallRoutes(kind: ListingKind): Routes {
  const text = KIND_TEXT[kind];
  const guard = roleGuard(text.creatorRole);
  const form =
    kind === 'achievements'
      ? () => Promise.all([baseStyles(), import('./forms/achievement-form-page')]).then(([, m]) => m.AchievementFormPage)
      : () => Promise.all([baseStyles(), import('./forms/need-form-page')]).then(([, m]) => m.NeedFormPage);
  return [
    { path: kind, loadComponent: searchPage, data: { kind, title: text.hall } },
    { path: `${kind}/new`, canActivate: [guard], loadComponent: form, data: { title: text.create } },
    { path: `${kind}/:id`, loadComponent: detailPage, data: { kind, title: text.hall } },
    {
      path: `${kind}/:id/edit`,
      canActivate: [guard],
      loadComponent: form,
      data: { title: kind === 'achievements' ? 'catalog.routes.editAchievement' : 'catalog.routes.editNeed' },
    },
    { path: `me/${kind}`, canActivate: [authGuard], loadComponent: minePage, data: { kind, title: text.mine } },
  ];
}

/**
 * 成果大厅, 需求大厅, their detail and form pages (with their matches), 我的成果 / 我的需求, staff's
 * review queue, and the brokers' and staff's 撮合工作台. Their texts are the `catalog` scope
 * (libs/web/catalog/i18n), loaded with the first of these pages.
 */
export const catalogRoutes: Routes = withTranslationScope('catalog', [
  ...hallRoutes('achievements'),
  ...hallRoutes('needs'),
  {
    path: 'review',
    canActivate: [roleGuard('staff')],
    loadComponent: () =>
      Promise.all([baseStyles(), loadStylesheet(CATALOG_STYLES.tabs), loadStylesheet(CATALOG_STYLES.table), import('./review/review-page')]).then(([, , , m]) => m.ReviewPage),
    data: { title: 'catalog.routes.review' },
  },
  {
    path: 'matchmaking',
    canActivate: [roleGuard('broker', 'staff')],
    loadComponent: () => Promise.all([baseStyles(), import('./matching/workbench-page')]).then(([, m]) => m.WorkbenchPage),
    data: { title: 'catalog.routes.workbench' },
  },
]);
