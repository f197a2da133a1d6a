import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';

/**
 * The catalog's lazy style bundle (tag, pagination, empty, spin, message, input-number) and the
 * forms bundle (input, select, radio, alert) cover the controls these pages use; see
 * apps/web/project.json. The event and slot forms also use nz-form and nz-date-picker.
 */
const CATALOG_BUNDLE = 'catalog.css';
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(CATALOG_BUNDLE)]);
const form = () => Promise.all([styles(), import('./form/roadshow-form-page')]).then(([, m]) => m.RoadshowFormPage);

/**
 * 路演活动 (list and month calendar), the event page, 我的活动 and staff's event form. Their texts
 * are the `roadshows` scope (libs/web/roadshows/i18n), loaded with the first of these pages.
 */
export const roadshowsRoutes: Routes = withTranslationScope('roadshows', [
  {
    path: 'roadshows',
    loadComponent: () => Promise.all([styles(), import('./list/roadshow-list-page')]).then(([, m]) => m.RoadshowListPage),
    data: { title: 'roadshows.routes.roadshows' },
  },
  { path: 'roadshows/new', canActivate: [roleGuard('staff')], loadComponent: form, data: { title: 'roadshows.routes.newEvent' } },
  {
    path: 'roadshows/:id',
    loadComponent: () => Promise.all([styles(), import('./detail/roadshow-detail-page')]).then(([, m]) => m.RoadshowDetailPage),
    data: { title: 'roadshows.routes.roadshows' },
  },
  { path: 'roadshows/:id/edit', canActivate: [roleGuard('staff')], loadComponent: form, data: { title: 'roadshows.routes.editEvent' } },
  {
    path: 'me/roadshows',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./mine/my-roadshows-page')]).then(([, m]) => m.MyRoadshowsPage),
    data: { title: 'roadshows.routes.myEvents' },
  },
]);
