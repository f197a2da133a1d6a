import { Routes } from '@angular/router';
import { LAZY_STYLES, loadStylesheet } from '@market/web/ui';
import { authGuard, roleGuard } from './guards/auth.guards';

/**
 * Sign-in and registration. The pages and their form styles load on demand, so visitors who only
 * browse never fetch them.
 */
/** Forms, and the tags and number inputs of the catalog's style bundle (apps/web/project.json). */
const orgStyles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet('catalog.css')]);

export const identityRoutes: Routes = [
  {
    path: 'login',
    loadComponent: () =>
      Promise.all([loadStylesheet(LAZY_STYLES.forms), import('./login/login-page')]).then(([, m]) => m.LoginPage),
    data: { title: { zh: '登录', en: 'Sign in' } },
  },
  {
    path: 'register',
    loadComponent: () =>
      Promise.all([loadStylesheet(LAZY_STYLES.forms), import('./register/register-page')]).then(([, m]) => m.RegisterPage),
    data: { title: { zh: '注册', en: 'Register' } },
  },
  {
    path: 'organization',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([orgStyles(), import('./organization/organization-page')]).then(([, m]) => m.OrganizationPage),
    data: { title: { zh: '本单位', en: 'My organization' } },
  },
  {
    path: 'organizations/verification',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([orgStyles(), import('./organization/verification-queue-page')]).then(([, m]) => m.VerificationQueuePage),
    data: { title: { zh: '机构认证', en: 'Organization verification' } },
  },
];
