import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { CHALLENGE_LIMITS, CHALLENGE_STATUS_LABELS, OBJECTION_STATUS_LABELS, type Challenge, type ChallengeObjection } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe, describeError, formatAmount } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { COMMON, STATUS_COLORS } from '../data/texts';

const TEXT = {
  title: 'challenges.announcement.title',
  winner: 'challenges.announcement.winner',
  runsUntil: 'challenges.announcement.runsUntil',
  awardedAt: 'challenges.announcement.awardedAt',
  awardedLead: 'challenges.announcement.awardedLead',
  failedLead: 'challenges.announcement.failedLead',
  announcedLead: 'challenges.announcement.announcedLead',
  dealOpened: 'challenges.announcement.dealOpened',
  object: 'challenges.announcement.object',
  objectionText: 'challenges.announcement.objectionText',
  sendObjection: 'challenges.announcement.sendObjection',
  objectionSent: 'challenges.announcement.objectionSent',
  signInToObject: 'challenges.announcement.signInToObject',
  objections: 'challenges.announcement.objections',
  noObjections: 'challenges.announcement.noObjections',
  resolutionNote: 'challenges.announcement.resolutionNote',
  uphold: 'challenges.announcement.uphold',
  dismiss: 'challenges.announcement.dismiss',
  needNote: 'challenges.announcement.needNote',
  resolved: 'challenges.announcement.resolved',
} satisfies Record<string, string>;

/**
 * 结果公示: who won and until when the announcement runs; anyone signed in may object while it
 * runs; staff uphold (back to evaluation) or dismiss each objection with a note. When it ends
 * clean the challenge is awarded and the deal at the bounty opens for both parties.
 */
@Component({
  selector: 'tm-announcement-page',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzSpinModule, NzTagModule, TranslocoPipe, TrPipe, WallTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="announcement-page">
      <a [routerLink]="['/challenges', id()]" class="back">← {{ common.back | transloco }}</a>
      <h1>{{ text.title | transloco }}</h1>
      @if (challenge.error()) {
        <p role="alert">{{ common.loadError | transloco }}</p>
      } @else if (!challenge.hasValue()) {
        <nz-spin nzSimple />
      } @else {
        @let c = challenge.value();
        <p class="meta"><span data-user-content>{{ c.title }}</span> · <nz-tag [nzColor]="statusColors[c.status]" data-testid="announcement-status">{{ statusLabels[c.status] | tr }}</nz-tag></p>
        <dl class="facts">
          @if (c.winner) {
            <div><dt>{{ text.winner | transloco }}</dt><dd data-user-content data-testid="announcement-winner">{{ c.winner.organization.name }}</dd></div>
          }
          <div><dt>{{ common.bounty | transloco }}</dt><dd class="money">{{ money(c.bounty) }}</dd></div>
          @if (c.announcementEndsAt && c.status === 'announced') {
            <div><dt>{{ text.runsUntil | transloco }}</dt><dd data-testid="announcement-ends">{{ c.announcementEndsAt | wallTime }}</dd></div>
          }
          @if (c.awardedAt) {
            <div><dt>{{ text.awardedAt | transloco }}</dt><dd>{{ c.awardedAt | wallTime }}</dd></div>
          }
        </dl>
        @if (c.status === 'announced') {
          <p>{{ text.announcedLead | transloco }}</p>
        } @else if (c.status === 'awarded') {
          <nz-alert nzType="success" nzShowIcon [nzMessage]="text.awardedLead | transloco" data-testid="announcement-awarded" />
          @if (c.viewer?.publisher || c.viewer?.applicationId === c.winner?.applicationId) {
            <p><a routerLink="/deals">{{ text.dealOpened | transloco }}</a></p>
          }
        } @else if (c.status === 'failed') {
          <nz-alert nzType="info" nzShowIcon [nzMessage]="text.failedLead | transloco: { note: c.failedNote ?? '' }" />
        }

        @if (c.status === 'announced') {
          @if (auth.signedIn()) {
            <section class="panel" data-testid="objection-form">
              <label class="field">{{ text.objectionText | transloco }}
                <textarea nz-input rows="3" [maxlength]="limits.objection.maxLength" [(ngModel)]="objection" data-testid="objection-text"></textarea>
              </label>
              <button nz-button type="button" [disabled]="objection.trim().length < limits.objection.minLength" [nzLoading]="busy()" (click)="object(c)" data-testid="objection-send">{{ text.sendObjection | transloco }}</button>
            </section>
          } @else {
            <p><a routerLink="/login" [queryParams]="{ returnUrl: '/challenges/' + c.id + '/announcement' }">{{ text.signInToObject | transloco }}</a></p>
          }
        }
        @if (error()) {
          <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="announcement-error" />
        }
        @if (auth.signedIn()) {
          <h2>{{ text.objections | transloco }}</h2>
          @if (objections.hasValue()) {
            @for (o of objections.value().items; track o.id) {
              <article class="objection" data-testid="objection-item">
                <nz-tag>{{ objectionLabels[o.status] | tr }}</nz-tag> <time class="meta">{{ o.createdAt | wallTime }}</time>
                <p data-user-content>{{ o.text }}</p>
                @if (o.resolution) {
                  <p class="meta" data-user-content>{{ o.resolution.note }}</p>
                } @else if (isStaff()) {
                  <label class="field">{{ text.resolutionNote | transloco }}
                    <textarea nz-input rows="2" maxlength="1000" [ngModel]="notes()[o.id] ?? ''" (ngModelChange)="setNote(o.id, $event)" data-testid="objection-note"></textarea>
                  </label>
                  <div class="buttons">
                    <button nz-button nzDanger type="button" [nzLoading]="busy()" (click)="resolve(c, o, true)" data-testid="objection-uphold">{{ text.uphold | transloco }}</button>
                    <button nz-button type="button" [nzLoading]="busy()" (click)="resolve(c, o, false)" data-testid="objection-dismiss">{{ text.dismiss | transloco }}</button>
                  </div>
                }
              </article>
            } @empty {
              <p class="meta">{{ text.noObjections | transloco }}</p>
            }
          }
        }
      }
    </section>
  `,
  styles: `
    .page { max-width: 900px; margin: 0 auto; padding: 16px; }
    .back { display: inline-block; margin-bottom: 8px; }
    h1 { font-size: 21px; }
    h2 { font-size: 17px; margin: 24px 0 8px; }
    .meta { color: var(--market-text-secondary); overflow-wrap: anywhere; }
    .facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 12px; padding: 16px; border-radius: 8px; background: #fff; }
    .facts dt { font-size: 13px; color: var(--market-text-secondary); }
    .facts dd { margin: 0; font-weight: 500; overflow-wrap: anywhere; }
    .money { color: var(--market-warning); }
    .panel { display: flex; flex-direction: column; gap: 8px; margin: 16px 0; padding: 12px 16px; border: 1px solid #f0f0f0; border-radius: 8px; background: #fff; }
    .field { display: flex; flex-direction: column; gap: 4px; }
    .panel > button { align-self: flex-start; }
    .objection { margin: 8px 0; padding: 12px 16px; border-radius: 8px; background: #fff; overflow-wrap: anywhere; }
    .buttons { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
    nz-alert { margin: 12px 0; }
  `,
})
export class AnnouncementPage {
  readonly id = input.required<string>();
  private readonly api = inject(ChallengesApi);
  protected readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly limits = CHALLENGE_LIMITS;
  protected readonly statusLabels = CHALLENGE_STATUS_LABELS;
  protected readonly objectionLabels = OBJECTION_STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  private readonly url = computed(() => `/api/challenges/${encodeURIComponent(this.id())}`);
  protected readonly challenge = httpResource<Challenge>(() => this.url());
  /** Objections are read only by the signed-in (staff and the publisher see all, others their own). */
  protected readonly objections = httpResource<{ items: ChallengeObjection[] }>(() => (this.auth.signedIn() ? `${this.url()}/objections` : undefined));
  protected readonly isStaff = computed(() => this.auth.role() === 'staff');
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly notes = signal<Partial<Record<string, string>>>({});
  protected objection = '';

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected setNote(id: string, note: string): void {
    this.notes.update((n) => ({ ...n, [id]: note }));
  }

  protected async object(c: Challenge): Promise<void> {
    await this.run(async () => {
      await firstValueFrom(this.api.object(c.id, this.objection.trim()));
      this.objection = '';
      this.message.success(this.language.t(TEXT.objectionSent));
      this.objections.reload();
    });
  }

  protected async resolve(c: Challenge, o: ChallengeObjection, upheld: boolean): Promise<void> {
    const note = (this.notes()[o.id] ?? '').trim();
    if (!note) {
      this.error.set(this.language.t(TEXT.needNote));
      return;
    }
    await this.run(async () => {
      await firstValueFrom(this.api.resolve(c.id, o.id, upheld, note));
      this.message.success(this.language.t(TEXT.resolved));
      this.objections.reload();
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
