import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { CHALLENGE_STATUS_LABELS, FIELD_LABELS, nextChallengeStatus, regionLabel, type Challenge } from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe, describeError, formatAmount } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom, type Observable } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { deadlineLeft } from '../data/deadline';
import { COMMON, STATUS_COLORS } from '../data/texts';

const TEXT = {
  description: 'challenges.detail.description',
  applyNow: 'challenges.detail.applyNow',
  applied: 'challenges.detail.applied',
  verifyFirst: 'challenges.detail.verifyFirst',
  signInToApply: 'challenges.detail.signInToApply',
  edit: 'challenges.detail.edit',
  submit: 'challenges.detail.submit',
  archive: 'challenges.detail.archive',
  submitted: 'challenges.detail.submitted',
  rejectedBecause: 'challenges.detail.rejectedBecause',
  approve: 'challenges.detail.approve',
  reject: 'challenges.detail.reject',
  reviewComment: 'challenges.detail.reviewComment',
  confirmApprove: 'challenges.detail.confirmApprove',
  confirmReject: 'challenges.detail.confirmReject',
  needReason: 'challenges.detail.needReason',
  ranking: 'challenges.detail.ranking',
  scoring: 'challenges.detail.scoring',
  announcement: 'challenges.detail.announcement',
  winner: 'challenges.detail.winner',
  failedNote: 'challenges.detail.failedNote',
  done: 'challenges.detail.done',
} satisfies Record<string, string>;

/**
 * A challenge (榜单): the problem, its technical indicators, the bounty and the deadline, the
 * weighted criteria; and what the reader may do next — apply, edit and submit, review (staff),
 * score (a reviewer), rank and award (the publisher and staff), read the announcement.
 */
@Component({
  selector: 'tm-challenge-detail-page',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzSpinModule, NzTagModule, TranslocoPipe, TrPipe, WallTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="challenge-detail">
      <a routerLink="/challenges" class="back">← {{ common.back | transloco }}</a>
      @if (challenge.error()) {
        <p role="alert">{{ common.loadError | transloco }}</p>
      } @else if (!challenge.hasValue()) {
        <nz-spin nzSimple />
      } @else {
        @let c = challenge.value();
        <header>
          <nz-tag [nzColor]="statusColors[c.status]" data-testid="challenge-status">{{ statusLabels[c.status] | tr }}</nz-tag>
          <h1 data-user-content data-testid="challenge-title">{{ c.title }}</h1>
          <p class="meta"><span data-user-content>{{ c.organization.name }}</span> · {{ fieldLabels[c.field] | tr }} · {{ regionLabel(c.region) | tr }}</p>
        </header>
        @if (c.status === 'rejected' && c.reviewComment) {
          <nz-alert nzType="warning" nzShowIcon [nzMessage]="text.rejectedBecause | transloco: { comment: c.reviewComment }" />
        }
        @if (c.failedNote) {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="text.failedNote | transloco: { note: c.failedNote }" />
        }
        <dl class="facts">
          <div>
            <dt>{{ common.bounty | transloco }}</dt>
            <dd class="money" data-testid="challenge-bounty">{{ money(c.bounty) }}</dd>
          </div>
          <div>
            <dt>{{ common.deadline | transloco }}</dt>
            <dd>{{ c.deadline | wallTime }}</dd>
            @if (c.status === 'open') {
              <dd class="words" [class.urgent]="left(c.deadline).urgent" data-testid="challenge-countdown">{{ left(c.deadline).text }}</dd>
            }
          </div>
          <div><dt>{{ common.applications | transloco }}</dt><dd data-testid="challenge-applications">{{ c.applicationCount }}</dd></div>
          @if (c.winner) {
            <div><dt>{{ text.winner | transloco }}</dt><dd data-user-content data-testid="challenge-winner">{{ c.winner.organization.name }}</dd></div>
          }
        </dl>

        <div class="actions" data-testid="challenge-actions">
          @if (c.status === 'open' && mayApply()) {
            @if (c.viewer?.applicationId) {
              <nz-tag nzColor="green" data-testid="challenge-applied">{{ text.applied | transloco }}</nz-tag>
            } @else if (verified()) {
              <a nz-button nzType="primary" [routerLink]="['/challenges', c.id, 'apply']" data-testid="challenge-apply">{{ text.applyNow | transloco }}</a>
            } @else {
              <span class="meta">{{ text.verifyFirst | transloco }}</span>
            }
          }
          @if (c.status === 'open' && !auth.signedIn()) {
            <a nz-button nzType="primary" routerLink="/login" [queryParams]="{ returnUrl: '/challenges/' + c.id }">{{ text.signInToApply | transloco }}</a>
          }
          @if (c.viewer?.publisher && may(c, 'edit')) {
            <a nz-button [routerLink]="['/challenges', c.id, 'edit']" data-testid="challenge-edit">{{ text.edit | transloco }}</a>
          }
          @if (c.viewer?.publisher && may(c, 'submit')) {
            <button nz-button nzType="primary" type="button" [nzLoading]="busy()" (click)="run(api.submit(c.id), text.submitted)" data-testid="challenge-submit">{{ text.submit | transloco }}</button>
          }
          @if ((c.viewer?.publisher || isStaff()) && may(c, 'archive')) {
            <button nz-button nzDanger type="button" [nzLoading]="busy()" (click)="run(api.archive(c.id), text.done)" data-testid="challenge-archive">{{ text.archive | transloco }}</button>
          }
          @if (insider(c) && c.status !== 'draft' && c.status !== 'pending_review' && c.status !== 'rejected' && c.status !== 'archived') {
            <a nz-button [routerLink]="['/challenges', c.id, 'ranking']" data-testid="challenge-ranking-link">{{ text.ranking | transloco }}</a>
          }
          @if (c.viewer?.reviewer && c.status === 'evaluating') {
            <a nz-button nzType="primary" [routerLink]="['/challenges', c.id, 'scoring']" data-testid="challenge-scoring-link">{{ text.scoring | transloco }}</a>
          }
          @if (c.status === 'announced' || c.status === 'awarded' || c.status === 'failed') {
            <a nz-button [routerLink]="['/challenges', c.id, 'announcement']" data-testid="challenge-announcement-link">{{ text.announcement | transloco }}</a>
          }
        </div>

        @if (isStaff() && c.status === 'pending_review') {
          <section class="review" data-testid="challenge-review">
            <label class="reason">{{ text.reviewComment | transloco }}
              <textarea nz-input rows="2" maxlength="1000" [(ngModel)]="comment" name="comment" data-testid="challenge-review-comment"></textarea>
            </label>
            <div class="actions">
              <button nz-button nzType="primary" type="button" [nzLoading]="busy()" (click)="review(c, 'approve')" data-testid="challenge-approve">{{ text.confirmApprove | transloco }}</button>
              <button nz-button nzDanger type="button" [nzLoading]="busy()" (click)="review(c, 'reject')" data-testid="challenge-reject">{{ text.confirmReject | transloco }}</button>
            </div>
          </section>
        }
        @if (error()) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="challenge-error" />
        }

        <h2>{{ text.description | transloco }}</h2>
        <p class="body" data-user-content>{{ c.description }}</p>
        <h2>{{ common.requirements | transloco }}</h2>
        <ol class="requirements" data-testid="challenge-requirements">
          @for (r of c.requirements; track $index) {
            <li data-user-content>{{ r }}</li>
          }
        </ol>
        <h2>{{ common.criteria | transloco }}</h2>
        <table class="criteria" data-testid="challenge-criteria">
          <thead><tr><th scope="col">{{ common.criteria | transloco }}</th><th scope="col">{{ common.weight | transloco }}</th></tr></thead>
          <tbody>
            @for (k of c.criteria; track k.name) {
              <tr><td data-user-content>{{ k.name }}</td><td>{{ k.weight }}%</td></tr>
            }
          </tbody>
        </table>
      }
    </section>
  `,
  styles: `
    .page { max-width: 960px; margin: 0 auto; padding: 16px; }
    .back { display: inline-block; margin-bottom: 8px; }
    h1 { font-size: 22px; margin: 8px 0 4px; overflow-wrap: anywhere; }
    h2 { font-size: 17px; margin: 24px 0 8px; }
    .meta { color: var(--market-text-secondary); }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(160px, 1fr)); gap: 12px; margin: 16px 0; padding: 16px; border-radius: 8px; background: #fff; }
    .facts dt { font-size: 13px; color: var(--market-text-secondary); }
    .facts dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
    .facts .words { font-weight: 400; font-size: 13px; color: var(--market-text-secondary); }
    .money { color: var(--market-warning); font-size: 18px; }
    .urgent { color: var(--market-danger) !important; }
    .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0; }
    .review { margin: 16px 0; padding: 12px 16px; border: 1px solid #91caff; border-radius: 8px; background: var(--market-primary-bg); }
    .reason { display: flex; flex-direction: column; gap: 4px; }
    .body { white-space: pre-line; overflow-wrap: anywhere; }
    .requirements { padding-left: 20px; }
    .requirements li { margin: 4px 0; overflow-wrap: anywhere; }
    .criteria { width: 100%; max-width: 480px; border-collapse: collapse; background: #fff; }
    .criteria th, .criteria td { padding: 8px 12px; border-bottom: 1px solid #f0f0f0; text-align: left; }
    nz-alert { margin: 8px 0; }
  `,
})
export class ChallengeDetailPage {
  readonly id = input.required<string>();
  protected readonly api = inject(ChallengesApi);
  protected readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly statusLabels = CHALLENGE_STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly regionLabel = regionLabel;
  protected readonly challenge = httpResource<Challenge>(() => `/api/challenges/${encodeURIComponent(this.id())}`);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected comment = '';

  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly mayApply = computed(() => {
    const role = this.auth.role();
    const c = this.challenge.hasValue() ? this.challenge.value() : null;
    return (role === 'researcher' || role === 'enterprise') && !!c && !c.viewer?.publisher;
  });
  protected readonly verified = computed(() => this.auth.user()?.organization.verification === 'verified');

  protected insider(c: Challenge): boolean {
    return this.isStaff() || !!c.viewer?.publisher || !!c.viewer?.reviewer;
  }

  protected may(c: Challenge, action: 'edit' | 'submit' | 'archive'): boolean {
    return nextChallengeStatus(c.status, action) !== null;
  }

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected left(deadline: string) {
    return deadlineLeft(deadline, Date.now(), this.language.lang());
  }

  protected review(c: Challenge, decision: 'approve' | 'reject'): Promise<void> {
    const comment = this.comment.trim();
    if (decision === 'reject' && !comment) {
      this.error.set(this.language.t(TEXT.needReason));
      return Promise.resolve();
    }
    return this.run(this.api.review(c.id, decision, comment || undefined), TEXT.done);
  }

  protected async run(call: Observable<Challenge>, done: string): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await firstValueFrom(call);
      this.message.success(this.language.t(done));
      this.challenge.reload();
    } catch (e) {
      this.error.set(describeError(e, this.language.lang()));
    } finally {
      this.busy.set(false);
    }
  }
}
