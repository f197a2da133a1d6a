import { Routes } from '@angular/router';
import { LAZY_STYLES, loadStylesheet } from '@market/web/ui';

/**
 * Sign-in and registration. The pages and their form styles load on demand, so visitors who only
 * browse never fetch them.
 */
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
];
