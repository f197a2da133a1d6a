import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, Localized, loadStylesheet } from '@market/web/ui';

/**
 * The catalog's lazy style bundle (tag, pagination, empty, spin, message) and the forms bundle
 * (input, select, radio, alert) cover every control these pages use; see apps/web/project.json.
 */
const CATALOG_BUNDLE = 'catalog.css';
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(CATALOG_BUNDLE)]);
const title = (zh: string, en: string): Localized => ({ zh, en });
const form = () => Promise.all([styles(), import('./form/roadshow-form-page')]).then(([, m]) => m.RoadshowFormPage);

/** 路演活动 (list and month calendar), the event page, 我的活动 and staff's event form. */
export const roadshowsRoutes: Routes = [
  {
    path: 'roadshows',
    loadComponent: () => Promise.all([styles(), import('./list/roadshow-list-page')]).then(([, m]) => m.RoadshowListPage),
    data: { title: title('路演活动', 'Roadshows') },
  },
  { path: 'roadshows/new', canActivate: [roleGuard('staff')], loadComponent: form, data: { title: title('新建活动', 'New event') } },
  {
    path: 'roadshows/:id',
    loadComponent: () => Promise.all([styles(), import('./detail/roadshow-detail-page')]).then(([, m]) => m.RoadshowDetailPage),
    data: { title: title('路演活动', 'Roadshows') },
  },
  { path: 'roadshows/:id/edit', canActivate: [roleGuard('staff')], loadComponent: form, data: { title: title('编辑活动', 'Edit event') } },
  {
    path: 'me/roadshows',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./mine/my-roadshows-page')]).then(([, m]) => m.MyRoadshowsPage),
    data: { title: title('我的活动', 'My events') },
  },
];
