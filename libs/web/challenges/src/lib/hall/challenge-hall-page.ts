import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  BOUNTY_BANDS,
  BOUNTY_BAND_LABELS,
  CHALLENGE_SORTS,
  CHALLENGE_STATUS_LABELS,
  FIELDS,
  FIELD_LABELS,
  PUBLIC_CHALLENGE_STATUSES,
  regionLabel,
  type ChallengeSearchAnswer,
  type ChallengeSort,
} from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '@market/web/identity';
import { LanguageService, RegionsStore, TrPipe, WallTimePipe, formatAmount } from '@market/web/ui';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { deadlineLeft } from '../data/deadline';
import { COMMON, STATUS_COLORS } from '../data/texts';

const TEXT = {
  title: 'challenges.hall.title',
  lead: 'challenges.hall.lead',
  search: 'challenges.hall.search',
  searchPlaceholder: 'challenges.hall.searchPlaceholder',
  allFields: 'challenges.hall.allFields',
  allRegions: 'challenges.hall.allRegions',
  allStatuses: 'challenges.hall.allStatuses',
  allBounties: 'challenges.hall.allBounties',
  sort: 'challenges.hall.sort',
  total: 'challenges.hall.total',
  empty: 'challenges.hall.empty',
  noMatch: 'challenges.hall.noMatch',
  publish: 'challenges.hall.publish',
  mine: 'challenges.hall.mine',
  sorts: { newest: 'challenges.hall.sorts.newest', deadline: 'challenges.hall.sorts.deadline', bounty: 'challenges.hall.sorts.bounty' } satisfies Record<ChallengeSort, string>,
} as const;

const PAGE_SIZE = 12;
type Facet = 'field' | 'region' | 'status' | 'bountyBand';

/**
 * 揭榜挂帅 hall: public challenges searched in Meilisearch with facets (field, region, status,
 * bounty band), each card with its bounty, a deadline countdown and its status. Every choice
 * lives in the URL (`/challenges?q=…&status=open&page=2`), so a link or the back button keeps it.
 */
@Component({
  selector: 'tm-challenge-hall-page',
  imports: [FormsModule, RouterLink, NzButtonModule, NzEmptyModule, NzInputModule, NzPaginationModule, NzSelectModule, NzSpinModule, NzTagModule, TranslocoPipe, TrPipe, WallTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="hall" data-testid="challenge-hall">
      <header class="head">
        <div>
          <h1>{{ text.title | transloco }}</h1>
          <p class="lead">{{ text.lead | transloco }}</p>
        </div>
        <div class="head-actions">
          @if (canPublish()) {
            <a nz-button nzType="primary" routerLink="/challenges/new" data-testid="challenge-publish">{{ text.publish | transloco }}</a>
          }
          @if (auth.signedIn()) {
            <a nz-button routerLink="/challenges/mine">{{ text.mine | transloco }}</a>
          }
        </div>
      </header>
      <form class="filters" role="search" (ngSubmit)="set({ q: draft().trim() || null })">
        <input nz-input name="q" [ngModel]="draft()" (ngModelChange)="draft.set($event)" maxlength="200" [placeholder]="text.searchPlaceholder | transloco"
               [attr.aria-label]="text.searchPlaceholder | transloco" data-testid="challenge-search" />
        <button nz-button nzType="primary" type="submit" data-testid="challenge-search-submit">{{ text.search | transloco }}</button>
      </form>
      <div class="facets">
        @for (f of facets(); track f.key) {
          <label class="market-visually-hidden" [for]="'facet-' + f.key">{{ f.all | transloco }}</label>
          <nz-select [nzId]="'facet-' + f.key" [ngModel]="f.selected" (ngModelChange)="setFacet(f.key, $event)" nzAllowClear
                     [nzPlaceHolder]="f.all | transloco" [attr.data-testid]="'facet-' + f.key">
            @for (o of f.options; track o.value) {
              <nz-option [nzValue]="o.value" [nzLabel]="(o.label | tr) + ' (' + o.count + ')'" />
            }
          </nz-select>
        }
        <label class="market-visually-hidden" for="challenge-sort">{{ text.sort | transloco }}</label>
        <nz-select nzId="challenge-sort" [ngModel]="query().sort" (ngModelChange)="set({ sort: $event })" [nzPlaceHolder]="text.sort | transloco" nzAllowClear data-testid="challenge-sort">
          @for (s of sorts; track s) {
            <nz-option [nzValue]="s" [nzLabel]="text.sorts[s] | transloco" />
          }
        </nz-select>
      </div>
      @if (search.error()) {
        <p role="alert">{{ common.loadError | transloco }} <button nz-button nzType="link" type="button" (click)="search.reload()">{{ common.retry | transloco }}</button></p>
      } @else if (!answer()) {
        <nz-spin nzSimple />
      } @else {
        <p class="meta" data-testid="challenge-total">{{ text.total | transloco: { count: answer()!.total } }}</p>
        <div class="cards">
          @for (c of answer()!.items; track c.id) {
            <article class="card" data-testid="challenge-card" [attr.data-title]="c.title">
              <div class="card-top">
                <nz-tag [nzColor]="statusColors[c.status]" data-testid="challenge-status">{{ statusLabels[c.status] | tr }}</nz-tag>
                <span class="meta">{{ fieldLabels[c.field] | tr }} · {{ regionLabel(c.region) | tr }}</span>
              </div>
              <h2><a [routerLink]="['/challenges', c.id]" data-user-content>{{ c.title }}</a></h2>
              <p class="org" data-user-content>{{ c.organization.name }}</p>
              <p class="requirements" data-user-content>{{ c.requirements.join('；') }}</p>
              <dl class="facts">
                <div><dt>{{ common.bounty | transloco }}</dt><dd class="money" data-testid="challenge-bounty">{{ money(c.bounty) }}</dd></div>
                <div>
                  <dt>{{ common.deadline | transloco }}</dt>
                  <dd [class.urgent]="left(c.deadline).urgent" [attr.title]="c.deadline | wallTime">{{ c.status === 'open' ? left(c.deadline).text : (c.deadline | wallTime: 'date') }}</dd>
                </div>
                <div><dt>{{ common.applications | transloco }}</dt><dd>{{ c.applicationCount }}</dd></div>
              </dl>
            </article>
          } @empty {
            <nz-empty [nzNotFoundContent]="(filtered() ? text.noMatch : text.empty) | transloco" />
          }
        </div>
        @if (answer()!.total > pageSize) {
          <nz-pagination [nzPageIndex]="query().page" [nzTotal]="answer()!.total" [nzPageSize]="pageSize" (nzPageIndexChange)="set({ page: $event }, false)" />
        }
      }
    </section>
  `,
  styles: `
    .hall { max-width: 1200px; margin: 0 auto; padding: 24px 16px; }
    .head { display: flex; flex-wrap: wrap; justify-content: space-between; gap: 12px; align-items: flex-start; }
    .head-actions { display: flex; gap: 8px; flex-wrap: wrap; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    .lead, .meta, .org { color: var(--market-text-secondary); }
    .filters { display: flex; gap: 8px; margin: 16px 0 8px; }
    .filters input { flex: 1 1 auto; min-width: 0; }
    .facets { display: flex; flex-wrap: wrap; gap: 8px; margin-bottom: 12px; }
    .facets nz-select { width: 170px; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 16px; }
    .card { display: flex; flex-direction: column; padding: 16px; border-radius: 8px; background: #fff; border: 1px solid #f0f0f0; min-width: 0; }
    .card-top { display: flex; justify-content: space-between; gap: 8px; align-items: center; font-size: 13px; }
    .card h2 { font-size: 17px; margin: 8px 0 4px; overflow-wrap: anywhere; }
    .org { margin: 0 0 4px; font-size: 13px; }
    .requirements { display: -webkit-box; overflow: hidden; margin: 0 0 8px; font-size: 13px; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow-wrap: anywhere; }
    .facts { display: grid; grid-template-columns: repeat(3, 1fr); gap: 8px; margin: auto 0 0; }
    .facts dt { font-size: 12px; color: var(--market-text-secondary); }
    .facts dd { margin: 0; font-weight: 500; }
    .money { color: var(--market-warning); }
    .urgent { color: var(--market-danger); }
    nz-pagination { display: block; margin-top: 16px; text-align: center; }
    @media (max-width: 576px) {
      .cards { grid-template-columns: minmax(0, 1fr); }
      .facets nz-select { flex: 1 1 40%; width: auto; }
    }
  `,
})
export class ChallengeHallPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly regions = inject(RegionsStore);
  protected readonly auth = inject(AuthStore);
  protected readonly text = TEXT;
  protected readonly common = COMMON;
  protected readonly statusLabels = CHALLENGE_STATUS_LABELS;
  protected readonly statusColors = STATUS_COLORS;
  protected readonly fieldLabels = FIELD_LABELS;
  protected readonly regionLabel = regionLabel;
  protected readonly sorts = CHALLENGE_SORTS;
  protected readonly pageSize = PAGE_SIZE;

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly query = computed(() => {
    const p = this.params() as Record<string, string | undefined>;
    const page = Number(p['page']);
    const sort = CHALLENGE_SORTS.includes(p['sort'] as ChallengeSort) ? (p['sort'] as ChallengeSort) : null;
    return { q: p['q'] ?? '', field: p['field'] ?? null, region: p['region'] ?? null, status: p['status'] ?? null, bountyBand: p['bountyBand'] ?? null, sort, page: Number.isInteger(page) && page > 0 ? page : 1 };
  });
  protected readonly draft = linkedSignal(() => this.query().q);
  protected readonly canPublish = computed(() => this.auth.role() === 'enterprise' || this.auth.role() === 'staff');
  protected readonly filtered = computed(() => {
    const q = this.query();
    return !!(q.q || q.field || q.region || q.status || q.bountyBand);
  });

  protected readonly search = httpResource<ChallengeSearchAnswer>(() => {
    const q = this.query();
    const params: Record<string, string | number> = { page: q.page, pageSize: PAGE_SIZE };
    for (const key of ['q', 'field', 'region', 'status', 'bountyBand', 'sort'] as const) if (q[key]) params[key] = q[key] as string;
    return { url: '/api/challenges', params };
  });
  /** The last answer stays on screen while the next one loads. */
  protected readonly answer = linkedSignal<ChallengeSearchAnswer | undefined, ChallengeSearchAnswer | null>({
    source: () => (this.search.hasValue() ? this.search.value() : undefined),
    computation: (value, previous) => value ?? previous?.value ?? null,
  });

  protected readonly facets = computed(() => {
    const facets = this.answer()?.facets;
    const q = this.query();
    const group = (key: Facet, all: string, values: readonly string[], label: (v: string) => { zh: string; en: string }, counts: Record<string, number> | undefined) => ({
      key,
      all,
      selected: q[key],
      options: values.map((value) => ({ value, label: label(value), count: counts?.[value] ?? 0 })),
    });
    return [
      group('status', TEXT.allStatuses, PUBLIC_CHALLENGE_STATUSES, (v) => CHALLENGE_STATUS_LABELS[v as keyof typeof CHALLENGE_STATUS_LABELS], facets?.status),
      group('field', TEXT.allFields, FIELDS, (v) => FIELD_LABELS[v as keyof typeof FIELD_LABELS], facets?.field),
      group('region', TEXT.allRegions, this.regions.regions(), (v) => regionLabel(v), facets?.region),
      group('bountyBand', TEXT.allBounties, BOUNTY_BANDS.map((b) => b.key), (v) => BOUNTY_BAND_LABELS[v as keyof typeof BOUNTY_BAND_LABELS], facets?.bounty),
    ];
  });

  constructor() {
    this.regions.load();
  }

  protected money(yuan: number): string {
    return formatAmount(yuan, this.language.lang());
  }

  protected left(deadline: string) {
    return deadlineLeft(deadline, Date.now(), this.language.lang());
  }

  protected setFacet(key: Facet, value: string | null): void {
    this.set({ [key]: value });
  }

  /** A new choice replaces the URL's query; a new filter starts again at the first page. */
  protected set(change: Record<string, string | number | null>, resetPage = true): void {
    const queryParams: Record<string, string | number | null> = { ...change };
    if (resetPage) queryParams['page'] = null;
    void this.router.navigate([], { relativeTo: this.route, queryParams, queryParamsHandling: 'merge' });
  }
}
