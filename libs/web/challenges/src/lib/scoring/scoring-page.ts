import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { weightedTotal, type Challenge, type ChallengeApplication, type ChallengeReviewer, type RankingEntry } from '@market/contracts';
import { AuthStore } from '@market/web/identity';
import { LanguageService, describeError, formatAmount } from '@market/web/ui';
import { NzAlertModule } from 'ng-zorro-antd/alert';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzMessageService } from 'ng-zorro-antd/message';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { firstValueFrom } from 'rxjs';
import { ChallengesApi } from '../data/challenges.api';
import { COMMON } from '../data/texts';

const TEXT = {
  title: 'challenges.scoring.title',
  lead: 'challenges.scoring.lead',
  recuse: 'challenges.scoring.recuse',
  approach: 'challenges.scoring.approach',
  team: 'challenges.scoring.team',
  milestones: 'challenges.scoring.milestones',
  criterion: 'challenges.scoring.criterion',
  yourScore: 'challenges.scoring.yourScore',
  total: 'challenges.scoring.total',
  comment: 'challenges.scoring.comment',
  save: 'challenges.scoring.save',
  saved: 'challenges.scoring.saved',
  scoreLabel: 'challenges.scoring.scoreLabel',
  askedPrice: 'challenges.scoring.askedPrice',
  noPrice: 'challenges.scoring.noPrice',
  notReviewer: 'challenges.scoring.notReviewer',
} satisfies Record<string, string>;

interface Draft {
  scores: Record<string, number | null>;
  comment: string;
}

/**
 * 评审打分: a reviewer scores each application, one row per criterion (0–100), with the weighted
 * total shown as it is typed (weightedTotal, the server's own rule). The applications of the
 * reviewer's own organization are shown, but not scored: the reviewer must stay out (回避).
 */
@Component({
  selector: 'tm-scoring-page',
  imports: [FormsModule, RouterLink, NzAlertModule, NzButtonModule, NzInputModule, NzInputNumberModule, NzSpinModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page" data-testid="scoring-page">
      <a [routerLink]="['/challenges', id()]" class="back">← {{ common.back | transloco }}</a>
      <h1>{{ text.title | transloco }}</h1>
      @if (challenge.hasValue()) {
        <p class="meta" data-user-content>{{ challenge.value().title }}</p>
      }
      <p class="meta">{{ text.lead | transloco }}</p>
      @if (error()) {
        <nz-alert nzType="error" nzShowIcon [nzMessage]="error()!" data-testid="scoring-error" />
      }
      @if (challenge.hasValue() && !allowed()) {
        <p class="meta" data-testid="scoring-not-reviewer">{{ text.notReviewer | transloco }}</p>
      } @else if (!challenge.hasValue() || !applications.hasValue()) {
        @if (applications.error() || challenge.error()) {
          <p role="alert">{{ common.loadError | transloco }}</p>
        } @else {
          <nz-spin nzSimple />
        }
      } @else {
        @for (a of applications.value().items; track a.id) {
          <article class="application" data-testid="scoring-application" [attr.data-org]="a.organization.name">
            <h2 data-user-content>{{ a.organization.name }}</h2>
            <p class="meta">{{ text.askedPrice | transloco }} {{ a.price === null ? (text.noPrice | transloco) : money(a.price) }}</p>
            <h3>{{ text.approach | transloco }}</h3>
            <p class="body" data-user-content>{{ a.approach }}</p>
            <p class="meta"><b>{{ text.team | transloco }}</b> <span data-user-content>{{ teamLine(a) }}</span></p>
            <p class="meta"><b>{{ text.milestones | transloco }}</b> <span data-user-content>{{ milestoneLine(a) }}</span></p>
            @if (conflicts().has(a.id)) {
              <nz-alert nzType="warning" nzShowIcon [nzMessage]="text.recuse | transloco" data-testid="scoring-recuse" />
            } @else {
              <table class="scores">
                <thead><tr><th scope="col">{{ text.criterion | transloco }}</th><th scope="col">{{ common.weight | transloco }}</th><th scope="col">{{ text.yourScore | transloco }}</th></tr></thead>
                <tbody>
                  @for (k of challenge.value().criteria; track k.name) {
                    <tr data-testid="scoring-row">
                      <td data-user-content>{{ k.name }}</td>
                      <td>{{ k.weight }}%</td>
                      <td>
                        <nz-input-number [nzMin]="0" [nzMax]="100" [nzPrecision]="0" [ngModel]="draft(a.id).scores[k.name]" (ngModelChange)="setScore(a.id, k.name, $event)"
                                         [nzId]="'s-' + a.id + '-' + $index" [attr.aria-label]="text.scoreLabel | transloco: { criterion: k.name }" data-testid="scoring-input" />
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
              <p class="total" role="status" data-testid="scoring-total">{{ text.total | transloco: { total: total(a.id) } }}</p>
              <label class="comment">{{ text.comment | transloco }}
                <textarea nz-input rows="2" maxlength="1000" [ngModel]="draft(a.id).comment" (ngModelChange)="setComment(a.id, $event)" data-testid="scoring-comment"></textarea>
              </label>
              <button nz-button nzType="primary" type="button" [disabled]="!complete(a.id)" [nzLoading]="saving() === a.id" (click)="save(a)" data-testid="scoring-save">{{ text.save | transloco }}</button>
            }
          </article>
        }
      }
    </section>
  `,
  styles: `
    .page { max-width: 960px; margin: 0 auto; padding: 16px; }
    .back { display: inline-block; margin-bottom: 8px; }
    h1 { font-size: 21px; }
    h2 { font-size: 17px; margin: 0 0 4px; overflow-wrap: anywhere; }
    h3 { font-size: 14px; margin: 8px 0 4px; }
    .meta { color: var(--market-text-secondary); overflow-wrap: anywhere; }
    .application { margin: 16px 0; padding: 16px; border-radius: 8px; background: #fff; border: 1px solid #f0f0f0; }
    .body { white-space: pre-line; overflow-wrap: anywhere; }
    .scores { width: 100%; border-collapse: collapse; margin: 8px 0; }
    .scores th, .scores td { padding: 6px 8px; border-bottom: 1px solid #f0f0f0; text-align: left; }
    .total { font-weight: 500; }
    .comment { display: flex; flex-direction: column; gap: 4px; margin-bottom: 8px; }
  `,
})
export class ScoringPage {
  readonly id = input.required<string>();
  private readonly api = inject(ChallengesApi);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly message = inject(NzMessageService);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  private readonly url = computed(() => `/api/challenges/${encodeURIComponent(this.id())}`);
  protected readonly challenge = httpResource<Challenge>(() => this.url());
  /** Only a named reviewer reads the applications here (anyone else would only get a 403). */
  protected readonly allowed = computed(() => this.challenge.hasValue() && !!this.challenge.value().viewer?.reviewer);
  protected readonly applications = httpResource<{ items: ChallengeApplication[] }>(() => (this.allowed() ? `${this.url()}/applications` : undefined));
  private readonly reviewers = httpResource<{ items: ChallengeReviewer[] }>(() => (this.allowed() ? `${this.url()}/reviewers` : undefined));
  private readonly ranking = httpResource<{ items: RankingEntry[] }>(() => (this.allowed() ? `${this.url()}/ranking` : undefined));
  protected readonly saving = signal<string | null>(null);
  protected readonly error = signal<string | null>(null);
  private readonly drafts = signal<Record<string, Draft>>({});

  /** The applications this reviewer must stay out of. */
  protected readonly conflicts = computed(() => {
    const me = this.auth.user()?.id;
    const mine = this.reviewers.hasValue() ? this.reviewers.value().items.find((r) => r.id === me) : undefined;
    return new Set(mine?.conflicts ?? []);
  });

  /** What this reviewer scored before, to start from. */
  private readonly earlier = computed(() => {
    const me = this.auth.user()?.id;
    const out = new Map<string, Draft>();
    for (const e of this.ranking.hasValue() ? this.ranking.value().items : []) {
      const mine = e.reviews.find((r) => r.reviewer.id === me);
      if (mine) out.set(e.application.id, { scores: { ...mine.scores }, comment: mine.comment ?? '' });
    }
    return out;
  });

  protected draft(applicationId: string): Draft {
    return this.drafts()[applicationId] ?? this.earlier().get(applicationId) ?? { scores: {}, comment: '' };
  }

  protected setScore(applicationId: string, criterion: string, value: number | null): void {
    const d = this.draft(applicationId);
    this.drafts.update((all) => ({ ...all, [applicationId]: { ...d, scores: { ...d.scores, [criterion]: value } } }));
  }

  protected setComment(applicationId: string, comment: string): void {
    const d = this.draft(applicationId);
    this.drafts.update((all) => ({ ...all, [applicationId]: { ...d, comment } }));
  }

  protected complete(applicationId: string): boolean {
    const c = this.challenge.hasValue() ? this.challenge.value() : null;
    const scores = this.draft(applicationId).scores;
    return !!c && c.criteria.every((k) => typeof scores[k.name] === 'number');
  }

  protected total(applicationId: string): number {
    const c = this.challenge.hasValue() ? this.challenge.value() : null;
    if (!c) return 0;
    const scores = this.draft(applicationId).scores;
    return weightedTotal(c.criteria, Object.fromEntries(c.criteria.map((k) => [k.name, scores[k.name] ?? 0])));
  }

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected teamLine(a: ChallengeApplication): string {
    return a.team.map((m) => `${m.name}（${m.title}）`).join('、');
  }

  protected milestoneLine(a: ChallengeApplication): string {
    return a.milestones.map((m) => `${m.dueAt.slice(0, 10)} ${m.title}`).join('；');
  }

  protected async save(a: ChallengeApplication): Promise<void> {
    const c = this.challenge.hasValue() ? this.challenge.value() : null;
    if (!c) return;
    const d = this.draft(a.id);
    this.saving.set(a.id);
    this.error.set(null);
    try {
      const scores = Object.fromEntries(c.criteria.map((k) => [k.name, d.scores[k.name] ?? 0]));
      await firstValueFrom(this.api.score(c.id, a.id, { scores, ...(d.comment.trim() ? { comment: d.comment.trim() } : {}) }));
      this.message.success(this.language.t(TEXT.saved, { organization: a.organization.name }));
      this.ranking.reload();
    } catch (e) {
      this.error.set(describeError(e, this.language.lang()));
    } finally {
      this.saving.set(null);
    }
  }
}
