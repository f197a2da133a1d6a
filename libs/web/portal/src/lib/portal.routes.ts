import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';

/** Lazy style bundles of apps/web/project.json: tags, pagination and tabs for the lists; Quill's for the editor. */
const listStyles = () => Promise.all([loadStylesheet(LAZY_STYLES.catalog), loadStylesheet('tabs.css')]);
const formStyles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(LAZY_STYLES.catalog), loadStylesheet('editor.css')]);
const form = () => Promise.all([formStyles(), import('./announcements/announcement-form-page')]).then(([, m]) => m.AnnouncementFormPage);

/** 工作台 (every role's landing page after sign-in); 通知公告 and 政策法规: the list, one announcement, and staff's editor. Texts: the `portal` scope. */
export const portalRoutes: Routes = withTranslationScope('portal', [
  {
    path: 'workbench',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([loadStylesheet(LAZY_STYLES.catalog), import('./work/workbench-page')]).then(([, m]) => m.WorkbenchPage),
    data: { title: 'portal.routes.workbench' },
  },
  {
    path: 'me/notifications',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(LAZY_STYLES.catalog), import('./work/notification-settings-page')]).then(([, , m]) => m.NotificationSettingsPage),
    data: { title: 'portal.routes.notificationSettings' },
  },
  {
    path: 'announcements',
    loadComponent: () => Promise.all([listStyles(), import('./announcements/announcement-list-page')]).then(([, m]) => m.AnnouncementListPage),
    data: { title: 'portal.routes.announcements' },
  },
  { path: 'announcements/new', canActivate: [roleGuard('staff')], loadComponent: form, data: { title: 'portal.routes.newAnnouncement' } },
  {
    path: 'announcements/:id',
    loadComponent: () => Promise.all([listStyles(), import('./announcements/announcement-page')]).then(([, m]) => m.AnnouncementPage),
    data: { title: 'portal.routes.announcement' },
  },
  { path: 'announcements/:id/edit', canActivate: [roleGuard('staff')], loadComponent: form, data: { title: 'portal.routes.editAnnouncement' } },
]);
