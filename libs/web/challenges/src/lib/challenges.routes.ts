import { Routes } from '@angular/router';
import { authGuard, roleGuard } from '@market/web/identity';
import { LAZY_STYLES, loadStylesheet, withTranslationScope } from '@market/web/ui';

/** Every page: the form controls and the lists' sheet; the staff lists and the ranking add the table's. */
const styles = () => Promise.all([loadStylesheet(LAZY_STYLES.forms), loadStylesheet(LAZY_STYLES.catalog)]);
const withTable = () => Promise.all([styles(), loadStylesheet(LAZY_STYLES.table)]);
const form = () => Promise.all([styles(), import('./form/challenge-form-page')]).then(([, m]) => m.ChallengeFormPage);

/**
 * 揭榜挂帅: the hall, a challenge's page, the publishing form, the application form, the reviewer's
 * scoring, the ranking and award, the announcement with its objections, 我的榜单/我的揭榜, and
 * staff's review queue. Texts are the `challenges` scope (libs/web/challenges/i18n).
 */
export const challengesRoutes: Routes = withTranslationScope('challenges', [
  {
    path: 'challenges',
    loadComponent: () => Promise.all([styles(), import('./hall/challenge-hall-page')]).then(([, m]) => m.ChallengeHallPage),
    data: { title: 'challenges.routes.hall' },
  },
  { path: 'challenges/new', canActivate: [roleGuard('enterprise', 'staff')], loadComponent: form, data: { title: 'challenges.routes.new' } },
  {
    path: 'challenges/mine',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([withTable(), import('./mine/my-challenges-page')]).then(([, m]) => m.MyChallengesPage),
    data: { title: 'challenges.routes.mine' },
  },
  {
    path: 'challenges/review',
    canActivate: [roleGuard('staff')],
    loadComponent: () => Promise.all([withTable(), import('./review/challenge-review-page')]).then(([, m]) => m.ChallengeReviewPage),
    data: { title: 'challenges.routes.review' },
  },
  {
    path: 'challenges/:id',
    loadComponent: () => Promise.all([styles(), import('./detail/challenge-detail-page')]).then(([, m]) => m.ChallengeDetailPage),
    data: { title: 'challenges.routes.hall' },
  },
  { path: 'challenges/:id/edit', canActivate: [roleGuard('enterprise', 'staff')], loadComponent: form, data: { title: 'challenges.routes.edit' } },
  {
    path: 'challenges/:id/apply',
    canActivate: [roleGuard('researcher', 'enterprise')],
    loadComponent: () => Promise.all([styles(), import('./apply/application-form-page')]).then(([, m]) => m.ApplicationFormPage),
    data: { title: 'challenges.routes.apply' },
  },
  {
    path: 'challenges/:id/scoring',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([styles(), import('./scoring/scoring-page')]).then(([, m]) => m.ScoringPage),
    data: { title: 'challenges.routes.scoring' },
  },
  {
    path: 'challenges/:id/ranking',
    canActivate: [authGuard],
    loadComponent: () => Promise.all([withTable(), import('./ranking/ranking-page')]).then(([, m]) => m.RankingPage),
    data: { title: 'challenges.routes.ranking' },
  },
  {
    path: 'challenges/:id/announcement',
    loadComponent: () => Promise.all([styles(), import('./announcement/announcement-page')]).then(([, m]) => m.AnnouncementPage),
    data: { title: 'challenges.routes.announcement' },
  },
]);
