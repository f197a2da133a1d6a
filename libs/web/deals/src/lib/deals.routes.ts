import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet } from '@market/web/ui';

/**
 * Lazy style bundle of the deal pages (apps/web/project.json, `inject: false`): modal, spin and
 * input-number, on top of the shared form controls.
 */
const DEALS_STYLESHEET = 'deals.css';
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(DEALS_STYLESHEET)]);

/** 交易服务 (the board and a deal's page) and 数据看板 (public figures, staff targets). */
export const dealsRoutes: Routes = [
  {
    path: 'deals',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./board/deal-board-page')]).then(([, m]) => m.DealBoardPage),
    data: { title: { zh: '交易服务', en: 'Deals' } },
  },
  {
    path: 'deals/registration',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([styles(), import('./registration/registration-queue-page')]).then(([, m]) => m.RegistrationQueuePage),
    data: { title: { zh: '合同待登记', en: 'Contracts to register' } },
  },
  {
    path: 'deals/:id',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./detail/deal-page')]).then(([, m]) => m.DealPage),
    data: { title: { zh: '交易详情', en: 'Deal' } },
  },
  {
    path: 'stats',
    loadComponent: () => Promise.all([styles(), import('./stats/stats-board-page')]).then(([, m]) => m.StatsBoardPage),
    data: { title: { zh: '数据看板', en: 'Statistics board' } },
  },
  {
    path: 'stats/targets',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([styles(), import('./stats/targets-page')]).then(([, m]) => m.TargetsPage),
    data: { title: { zh: '设定年度目标', en: 'Annual targets' } },
  },
];
