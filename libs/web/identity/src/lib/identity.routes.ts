import { Routes } from '@angular/router';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';
import { authGuard, roleGuard } from './guards/auth.guards';

/**
 * Sign-in and registration. The pages and their form styles load on demand, so visitors who only
 * browse never fetch them.
 */
/** Forms, and the tags and number inputs of the catalog's style bundle (apps/web/project.json). */
const orgStyles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(LAZY_STYLES.catalog)]);

/** Its texts are the `identity` scope (libs/web/identity/i18n), loaded with the first of these pages. */
export const identityRoutes: Routes = withTranslationScope('identity', [
  {
    path: 'login',
    loadComponent: () =>
      Promise.all([loadStylesheet(LAZY_STYLES.forms), import('./login/login-page')]).then(([, m]) => m.LoginPage),
    data: { title: 'identity.routes.signIn' },
  },
  {
    path: 'register',
    loadComponent: () =>
      Promise.all([loadStylesheet(LAZY_STYLES.forms), import('./register/register-page')]).then(([, m]) => m.RegisterPage),
    data: { title: 'identity.routes.register' },
  },
  {
    path: 'organization',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([orgStyles(), import('./organization/organization-page')]).then(([, m]) => m.OrganizationPage),
    data: { title: 'identity.routes.myOrganization' },
  },
  {
    path: 'organizations/verification',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([orgStyles(), loadStylesheet(LAZY_STYLES.table), import('./organization/verification-queue-page')]).then(([, , m]) => m.VerificationQueuePage),
    data: { title: 'identity.routes.organizationVerification' },
  },
]);
