import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { OpenDealButton } from '@market/web/deals/open-deal-button';
import { LanguageService } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { ListingKind } from '../data/listing-kind';
import { COMMON, ERRORS } from '../shared/api-errors';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';
import type { AchievementMatch, MatchList, NeedMatch } from '@market/contracts';
import { matchesUrl } from './match.model';
import { MatchReasons } from './match-reasons';
import { ScoreBar } from './score-bar';

const TEXT = {
  needTitle: 'catalog.matches.needTitle',
  needHint: 'catalog.matches.needHint',
  needEmpty: 'catalog.matches.needEmpty',
  achievementTitle: 'catalog.matches.achievementTitle',
  achievementHint: 'catalog.matches.achievementHint',
  achievementEmpty: 'catalog.matches.achievementEmpty',
  price: 'catalog.matches.price',
  budget: 'catalog.matches.budget',
  retry: COMMON.retry,
} satisfies Record<string, string>;

/**
 * The matches of one published listing on its detail page: 匹配成果 for a need, 潜在需求方 for an
 * achievement. Only rendered for viewers allowed to see them (mayViewMatches), since the API
 * answers 403 to everyone else.
 */
@Component({
  selector: 'tm-listing-matches',
  imports: [RouterLink, NzButtonModule, NzSpinModule, TranslocoPipe, PricePipe, BudgetPipe, MatchReasons, ScoreBar, OpenDealButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="matches" data-testid="matches" [attr.aria-busy]="matches.isLoading()">
      <header>
        <h2>{{ (kind() === 'needs' ? text.needTitle : text.achievementTitle) | transloco }}</h2>
        <p class="hint">{{ (kind() === 'needs' ? text.needHint : text.achievementHint) | transloco }}</p>
      </header>
      @if (matches.error()) {
        <div class="state" role="alert" data-testid="matches-error">
          <span>{{ errorText() }}</span>
          <button nz-button nzSize="small" type="button" (click)="matches.reload()">{{ text.retry | transloco }}</button>
        </div>
      } @else if (!matches.hasValue()) {
        <div class="state"><nz-spin nzSimple nzSize="small" /></div>
      } @else if (achievementMatches(); as items) {
        <ol class="list">
          @for (m of items; track m.achievement.id) {
            <li class="match" data-testid="match">
              <div class="main">
                <a class="title" [routerLink]="['/achievements', m.achievement.id]" data-testid="match-title" data-user-content>{{ m.achievement.title }}</a>
                <p class="meta">
                  <span data-user-content>{{ m.achievement.organization.name }}</span>
                  <span>{{ text.price | transloco }} <b class="money">{{ m.achievement.askingPrice | price }}</b></span>
                </p>
                <tm-match-reasons [explanations]="m.explanations" />
                @if (ownerOrganizationId(); as buyer) {
                  <tm-open-deal-button [achievementId]="m.achievement.id" [buyerOrganizationId]="buyer" [needId]="listingId()" source="match" />
                }
              </div>
              <tm-score-bar class="score" [score]="m.score" />
            </li>
          } @empty {
            <p class="state muted" data-testid="matches-empty">{{ text.needEmpty | transloco }}</p>
          }
        </ol>
      } @else if (needMatches(); as items) {
        <ol class="list">
          @for (m of items; track m.need.id) {
            <li class="match" data-testid="match">
              <div class="main">
                <a class="title" [routerLink]="['/needs', m.need.id]" data-testid="match-title" data-user-content>{{ m.need.title }}</a>
                <p class="meta">
                  <span data-user-content>{{ m.need.organization.name }}</span>
                  <span>{{ text.budget | transloco }} <b class="money">{{ m.need | budget }}</b></span>
                </p>
                <tm-match-reasons [explanations]="m.explanations" />
              </div>
              <tm-score-bar class="score" [score]="m.score" />
            </li>
          } @empty {
            <p class="state muted" data-testid="matches-empty">{{ text.achievementEmpty | transloco }}</p>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    :host { display: block; margin-top: 24px; }
    .matches { padding: 20px 24px; border-radius: 8px; background: #fff; }
    h2 { margin: 0; font-size: 17px; }
    .hint { margin: 4px 0 12px; color: var(--market-text-secondary); font-size: 13px; }
    .list { margin: 0; padding: 0; list-style: none; }
    .match { display: grid; grid-template-columns: minmax(0, 1fr) 160px; gap: 8px 24px; padding: 14px 0; border-top: 1px solid #f0f0f0; }
    .main { min-width: 0; }
    .title { font-size: 15px; font-weight: 500; overflow-wrap: anywhere; }
    .meta { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 4px 0 8px; color: var(--market-text-secondary); font-size: 13px; }
    .money { color: var(--market-money); }
    .state { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin: 0; padding: 16px 0; }
    .muted { color: var(--market-text-secondary); }
    @media (max-width: 600px) {
      .matches { padding: 16px; }
      .match { grid-template-columns: minmax(0, 1fr); }
    }
  `,
})
export class ListingMatches {
  /** The kind of the listing whose matches these are: a need gets achievements, an achievement needs. */
  readonly kind = input.required<ListingKind>();
  readonly listingId = input.required<string>();
  /** The listing's organization: on a need's matches it is the buyer a broker opens a deal for. */
  readonly ownerOrganizationId = input<string | null>(null);

  private readonly language = inject(LanguageService);
  protected readonly text = TEXT;
  protected readonly errorText = computed(() => this.language.text(ERRORS.unknown));
  protected readonly matches = httpResource<MatchList<AchievementMatch | NeedMatch>>(() => matchesUrl(this.kind(), this.listingId()));

  private readonly items = computed(() => (this.matches.hasValue() ? (this.matches.value().items ?? []) : []));
  protected readonly achievementMatches = computed(() => (this.kind() === 'needs' ? (this.items() as AchievementMatch[]) : null));
  protected readonly needMatches = computed(() => (this.kind() === 'achievements' ? (this.items() as NeedMatch[]) : null));
}
