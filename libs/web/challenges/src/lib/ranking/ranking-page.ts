import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHALLENGE_STATUS_LABELS, type Challenge, type ChallengeReviewer, type RankingEntry } from '@market/contracts';
import { pickerDate, pickerDateToIso } from '@market/shared/time';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, describeError, formatAmount } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDatePickerModule } from 'ng-zorro-antd/date-picker';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzTableModule } from 'ng-zorro-antd/table';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { COMMON, STATUS_COLORS } from '../data/texts';

const TEXT = {
  title: 'challenges.ranking.title',
  lead: 'challenges.ranking.lead',
  rank: 'challenges.ranking.rank',
  organization: 'challenges.ranking.organization',
  reviews: 'challenges.ranking.reviews',
  notScored: 'challenges.ranking.notScored',
  empty: 'challenges.ranking.empty',
  reviewers: 'challenges.ranking.reviewers',
  noReviewers: 'challenges.ranking.noReviewers',
  recuses: 'challenges.ranking.recuses',
  addReviewers: 'challenges.ranking.addReviewers',
  reviewerEmails: 'challenges.ranking.reviewerEmails',
  reviewersAdded: 'challenges.ranking.reviewersAdded',
  award: 'challenges.ranking.award',
  awardTo: 'challenges.ranking.awardTo',
  announcementEnds: 'challenges.ranking.announcementEnds',
  confirmAward: 'challenges.ranking.confirmAward',
  awarded: 'challenges.ranking.awarded',
  fail: 'challenges.ranking.fail',
  failNote: 'challenges.ranking.failNote',
  confirmFail: 'challenges.ranking.confirmFail',
  needNote: 'challenges.ranking.needNote',
  winner: 'challenges.ranking.winner',
  announcement: 'challenges.ranking.announcement',
  notAllowed: 'challenges.ranking.notAllowed',
} satisfies Record<string, string>;

const DATE_TIME_FORMAT = 'yyyy-MM-dd HH:mm';

/**
 * 排名: the applications by the weighted mean of their reviewers' scores, for the publisher, staff
 * and the reviewers. Staff name reviewers (by e-mail) once the deadline has passed; the
 * publisher's admin or staff award the best fit, which opens the announcement (公示); staff may
 * end it 流榜 instead.
 */
@Component({
  selector: 'tm-ranking-page',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzDatePickerModule, NzInputModule, NzTableModule, NzTagModule, TranslocoPipe, TrPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="ranking-page">
      <a [routerLink]="['/challenges', id()]" class="back">← {{ common.back | transloco }}</a>
      <h1>{{ text.title | transloco }}</h1>
      @if (challenge.hasValue() && !allowed()) {
        <p class="meta" data-testid="ranking-not-allowed">{{ text.notAllowed | transloco }}</p>
      } @else if (challenge.hasValue()) {
        @let c = challenge.value();
        <p class="meta"><span data-user-content>{{ c.title }}</span> · <nz-tag [nzColor]="statusColors[c.status]">{{ statusLabels[c.status] | tr }}</nz-tag></p>
        <p class="meta">{{ text.lead | transloco }}</p>
        @if (error()) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="ranking-error" />
        }
        <nz-table #table class="market-card-table" [nzData]="entries()" [nzFrontPagination]="false" [nzShowPagination]="false" [nzLoading]="ranking.isLoading()"
                  [nzNoResult]="empty" nzSize="middle" data-testid="ranking-table">
          <thead>
            <tr>
              <th class="narrow">{{ text.rank | transloco }}</th>
              <th>{{ text.organization | transloco }}</th>
              <th class="narrow">{{ common.price | transloco }}</th>
              <th class="narrow">{{ common.score | transloco }}</th>
              <th>{{ text.reviews | transloco }}</th>
              @if (mayAward(c)) {
                <th class="narrow">{{ text.award | transloco }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (e of table.data; track e.application.id; let i = $index) {
              <tr data-testid="ranking-row" [attr.data-org]="e.application.organization.name">
                <td class="narrow">{{ i + 1 }}</td>
                <td>
                  <b data-user-content>{{ e.application.organization.name }}</b>
                  @if (c.winner?.applicationId === e.application.id) {
                    <nz-tag nzColor="purple">{{ text.winner | transloco }}</nz-tag>
                  }
                </td>
                <td class="narrow" [attr.data-label]="common.price | transloco">{{ e.application.price === null ? money(c.bounty) : money(e.application.price) }}</td>
                <td class="narrow" [attr.data-label]="common.score | transloco" data-testid="ranking-score">{{ e.score === null ? (text.notScored | transloco) : e.score }}</td>
                <td [attr.data-label]="text.reviews | transloco">
                  @for (r of e.reviews; track r.reviewer.id) {
                    <div class="review"><span data-user-content>{{ r.reviewer.name }}</span> {{ r.total }}@if (r.comment) { · <span data-user-content>{{ r.comment }}</span> }</div>
                  }
                </td>
                @if (mayAward(c)) {
                  <td class="narrow">
                    <button nz-button type="button" (click)="choose(e)" data-testid="ranking-award">{{ text.award | transloco }}</button>
                  </td>
                }
              </tr>
            }
          </tbody>
        </nz-table>
        <ng-template #empty><p class="meta">{{ text.empty | transloco }}</p></ng-template>

        @if (awarding(); as e) {
          <section class="panel" data-testid="award-panel">
            <p>{{ text.awardTo | transloco: { organization: e.application.organization.name } }}</p>
            <label class="market-visually-hidden" for="award-ends">{{ text.announcementEnds | transloco }}</label>
            <span class="meta">{{ text.announcementEnds | transloco }}</span>
            <nz-date-picker nzId="award-ends" [(ngModel)]="endsAt" [nzShowTime]="{ nzFormat: 'HH:mm' }" [nzFormat]="format" [nzAllowClear]="false" data-testid="award-ends" />
            <div class="buttons">
              <button nz-button nzType="primary" type="button" [nzLoading]="busy()" (click)="award(c, e)" data-testid="award-confirm">{{ text.confirmAward | transloco }}</button>
              <button nz-button type="button" (click)="awarding.set(null)">{{ common.cancel | transloco }}</button>
            </div>
          </section>
        }
        @if (c.status === 'announced' || c.status === 'awarded') {
          <a nz-button [routerLink]="['/challenges', c.id, 'announcement']" data-testid="ranking-announcement">{{ text.announcement | transloco }}</a>
        }

        <h2>{{ text.reviewers | transloco }}</h2>
        @if (reviewers.hasValue()) {
          <ul class="reviewers" data-testid="reviewer-list">
            @for (r of reviewers.value().items; track r.id) {
              <li><span data-user-content>{{ r.name }}</span> · <span data-user-content>{{ r.organization.name }}</span>@if (r.conflicts.length) { · {{ text.recuses | transloco: { count: r.conflicts.length } }} }</li>
            } @empty {
              <li class="meta">{{ text.noReviewers | transloco }}</li>
            }
          </ul>
        }
        @if (isStaff() && c.status === 'evaluating') {
          <section class="panel" data-testid="reviewers-panel">
            <label class="field">{{ text.reviewerEmails | transloco }}
              <textarea nz-input rows="2" [(ngModel)]="emails" data-testid="reviewer-emails"></textarea>
            </label>
            <button nz-button nzType="primary" type="button" [nzLoading]="busy()" (click)="addReviewers(c)" data-testid="reviewer-add">{{ text.addReviewers | transloco }}</button>
          </section>
          <section class="panel danger" data-testid="fail-panel">
            <label class="field">{{ text.failNote | transloco }}
              <textarea nz-input rows="2" maxlength="1000" [(ngModel)]="failNote" data-testid="fail-note"></textarea>
            </label>
            <button nz-button nzDanger type="button" [nzLoading]="busy()" (click)="fail(c)" data-testid="fail-confirm">{{ text.confirmFail | transloco }}</button>
          </section>
        }
      } @else if (challenge.error()) {
        <p role="alert">{{ common.loadError | transloco }}</p>
      }
    </section>
  `,
  styles: `
    .page { max-width: 1100px; margin: 0 auto; padding: 16px; }
    .back { display: inline-block; margin-bottom: 8px; }
    h1 { font-size: 21px; }
    h2 { font-size: 17px; margin: 24px 0 8px; }
    .meta { color: var(--market-text-secondary); overflow-wrap: anywhere; }
    nz-table { display: block; border-radius: 8px; background: #fff; }
    .narrow { white-space: nowrap; }
    .review { font-size: 13px; overflow-wrap: anywhere; }
    .panel { display: flex; flex-direction: column; gap: 8px; margin: 16px 0; padding: 12px 16px; border: 1px solid #91caff; border-radius: 8px; background: var(--market-primary-bg); }
    .panel.danger { border-color: #ffa39e; background: #fff1f0; }
    .panel nz-date-picker { max-width: 260px; }
    .field { display: flex; flex-direction: column; gap: 4px; }
    .panel > button { align-self: flex-start; }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; }
    .reviewers { padding-left: 20px; }
  `,
})
export class RankingPage {
  readonly id = input.required<string>();
  private readonly api = inject(ChallengesApi);
  private readonly auth = inject(AuthStore);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly statusLabels = CHALLENGE_STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly format = DATE_TIME_FORMAT;
  private readonly url = computed(() => `/api/challenges/${encodeURIComponent(this.id())}`);
  protected readonly challenge = httpResource<Challenge>(() => this.url());
  /** The publisher, staff and the reviewers see the applications (anyone else would only get a 403). */
  protected readonly allowed = computed(() => {
    const c = this.challenge.hasValue() ? this.challenge.value() : null;
    return !!c && (this.auth.role() === 'staff' || !!c.viewer?.publisher || !!c.viewer?.reviewer);
  });
  protected readonly ranking = httpResource<{ items: RankingEntry[] }>(() => (this.allowed() ? `${this.url()}/ranking` : undefined));
  protected readonly reviewers = httpResource<{ items: ChallengeReviewer[] }>(() => (this.allowed() ? `${this.url()}/reviewers` : undefined));
  protected readonly entries = computed(() => (this.ranking.hasValue() ? this.ranking.value().items : []));
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly awarding = signal<RankingEntry | null>(null);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected endsAt: Date = pickerDate(Date.now() + 7 * 24 * 3600_000);
  protected emails = '';
  protected failNote = '';

  /** The publisher's admin or staff name the winner while the challenge is in evaluation. */
  protected mayAward(c: Challenge): boolean {
    if (c.status !== 'evaluating') return false;
    const user = this.auth.user();
    return this.isStaff() || (!!c.viewer?.publisher && user?.orgRole === 'admin');
  }

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected choose(e: RankingEntry): void {
    this.error.set(null);
    this.awarding.set(e);
  }

  protected async award(c: Challenge, e: RankingEntry): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.award(c.id, e.application.id, pickerDateToIso(this.endsAt) ?? undefined));
      this.message.success(this.language.t(TEXT.awarded));
      await this.router.navigate(['/challenges', c.id, 'announcement']);
    });
  }

  protected async addReviewers(c: Challenge): Promise<void> {
    const emails = this.emails.split(/[\s,，;；、]+/).map((e) => e.trim()).filter(Boolean);
    if (emails.length === 0) return;
    await this.run(async () => {
      await firstValueFrom(this.api.addReviewers(c.id, emails));
      this.emails = '';
      this.message.success(this.language.t(TEXT.reviewersAdded, { count: emails.length }));
      this.reviewers.reload();
    });
  }

  protected async fail(c: Challenge): Promise<void> {
    if (!this.failNote.trim()) {
      this.error.set(this.language.t(TEXT.needNote));
      return;
    }
    await this.run(async () => {
      await firstValueFrom(this.api.fail(c.id, this.failNote.trim()));
      this.challenge.reload();
    });
  }

  private async run(work: () => Promise<void>): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    try {
      await work();
    } catch (e) {
      this.error.set(describeError(e, this.language.lang()));
    } finally {
      this.busy.set(false);
    }
  }
}
