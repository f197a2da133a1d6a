import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';

/**
 * Lazy style bundle of the deal pages (apps/web/project.json, `inject: false`): modal, spin and
 * input-number, on top of the shared form controls (nz-form included).
 */
const DEALS_STYLESHEET = 'deals.css';
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(DEALS_STYLESHEET)]);

/**
 * 交易服务 (the board and a deal's page) and 数据看板 (public figures, staff targets). Their texts
 * are the `deals` scope (libs/web/deals/i18n), loaded with the first of these pages.
 */
export const dealsRoutes: Routes = withTranslationScope('deals', [
  {
    path: 'deals',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./board/deal-board-page')]).then(([, m]) => m.DealBoardPage),
    data: { title: 'deals.routes.deals' },
  },
  {
    path: 'deals/registration',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([styles(), loadStylesheet(LAZY_STYLES.catalog), loadStylesheet(LAZY_STYLES.table), import('./registration/registration-queue-page')]).then(([, , , m]) => m.RegistrationQueuePage),
    data: { title: 'deals.routes.contractsToRegister' },
  },
  {
    path: 'deals/:id',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./detail/deal-page')]).then(([, m]) => m.DealPage),
    data: { title: 'deals.routes.deal' },
  },
  {
    path: 'stats',
    loadComponent: () => Promise.all([styles(), import('./stats/stats-board-page')]).then(([, m]) => m.StatsBoardPage),
    data: { title: 'deals.routes.statisticsBoard' },
  },
  {
    path: 'stats/targets',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([styles(), import('./stats/targets-page')]).then(([, m]) => m.TargetsPage),
    data: { title: 'deals.routes.annualTargets' },
  },
]);
