import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { DEAL_STAGE_LABELS, TODO_KIND_LABELS, type Role } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { TrPipe, WallTimePipe } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { WORK_TEXT as T } from '../data/texts';
import { WorkList } from './work-list';

interface Shortcut {
  path: string;
  label: string;
  testId: string;
}

/** The pages each role starts its work from, beside the counts. */
const SHORTCUTS: Record<Role, Shortcut[]> = {
  staff: [
    { path: '/review', label: T.goReview, testId: 'shortcut-review' },
    { path: '/organizations/verification', label: T.goVerification, testId: 'shortcut-verification' },
    { path: '/deals/registration', label: T.goRegistration, testId: 'shortcut-registration' },
    { path: '/matchmaking', label: T.goMatchmaking, testId: 'shortcut-matchmaking' },
    { path: '/auctions/new', label: T.newAuction, testId: 'shortcut-new-auction' },
    { path: '/announcements/new', label: T.newAnnouncement, testId: 'shortcut-new-announcement' },
    { path: '/stats', label: T.goStats, testId: 'shortcut-stats' },
  ],
  researcher: [
    { path: '/achievements/new', label: T.newAchievement, testId: 'shortcut-new-achievement' },
    { path: '/me/achievements', label: T.myAchievements, testId: 'shortcut-my-achievements' },
    { path: '/deals', label: T.myDeals, testId: 'shortcut-deals' },
    { path: '/organization', label: T.myOrganization, testId: 'shortcut-organization' },
  ],
  enterprise: [
    { path: '/needs/new', label: T.newNeed, testId: 'shortcut-new-need' },
    { path: '/me/needs', label: T.myNeeds, testId: 'shortcut-my-needs' },
    { path: '/auctions', label: T.auctions, testId: 'shortcut-auctions' },
    { path: '/deals', label: T.myDeals, testId: 'shortcut-deals' },
    { path: '/organization', label: T.myOrganization, testId: 'shortcut-organization' },
  ],
  broker: [
    { path: '/matchmaking', label: T.goMatchmaking, testId: 'shortcut-matchmaking' },
    { path: '/deals', label: T.myDeals, testId: 'shortcut-deals' },
    { path: '/achievements', label: T.achievements, testId: 'shortcut-achievements' },
  ],
};

/**
 * 工作台, where everyone lands after signing in: what waits for them (`GET /api/me/todo`), one card
 * per kind with its count, the first few entries and the page to work them in, kept live by the
 * work list's socket; then the role's usual starting points.
 */
@Component({
  selector: 'tm-workbench-page',
  imports: [RouterLink, TranslocoPipe, TrPipe, WallTimePipe, NzButtonModule, NzTagModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './workbench-page.html',
  styleUrl: './workbench-page.css',
})
export class WorkbenchPage {
  protected readonly work = inject(WorkList);
  protected readonly auth = inject(AuthStore);
  protected readonly text = T;
  protected readonly kindLabels = TODO_KIND_LABELS;
  protected readonly stageLabels = DEAL_STAGE_LABELS;

  protected readonly shortcuts = computed(() => {
    const role = this.auth.role();
    return role ? SHORTCUTS[role] : [];
  });
  /** An organization that staff have not verified yet cannot publish: the first thing to know. */
  protected readonly unverified = computed(() => {
    const user = this.auth.user();
    return !!user && user.role !== 'staff' && user.organization.verification !== 'verified';
  });

  constructor() {
    this.work.refresh();
  }

  private readonly router = inject(Router);

  /** A link of the work list as the router's tree, so that `?status=draft` stays a query. */
  protected tree(link: string): UrlTree {
    return this.router.parseUrl(link);
  }
}
