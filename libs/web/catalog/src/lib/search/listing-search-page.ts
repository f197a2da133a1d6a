import { NgTemplateOutlet } from '@angular/common';
import { HttpErrorResponse, httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  Achievement,
  AchievementSearchAnswer,
  FacetCounts,
  Highlighted,
  Need,
  NeedSearchAnswer,
} from '@market/contracts';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthStore } from '@market/web/identity';
import { LanguageService, TrPipe, WallTimePipe, wanToYuan, yuanToWan } from '@market/web/ui';
import { FilterOutline, PlusOutline, ReloadOutline, SearchOutline } from '@ant-design/icons-angular/icons';
import { NzButtonModule } from 'ng-zorro-antd/button';
import { NzDrawerModule } from 'ng-zorro-antd/drawer';
import { NzEmptyModule } from 'ng-zorro-antd/empty';
import { NzIconModule, provideNzIconsPatch } from 'ng-zorro-antd/icon';
import { NzInputModule } from 'ng-zorro-antd/input';
import { NzInputNumberModule } from 'ng-zorro-antd/input-number';
import { NzPaginationModule } from 'ng-zorro-antd/pagination';
import { NzSelectModule } from 'ng-zorro-antd/select';
import { NzSpinModule } from 'ng-zorro-antd/spin';
import { NzTagModule } from 'ng-zorro-antd/tag';
import { KIND_TEXT, ListingKind } from '../data/listing-kind';
import { RegionsStore, regionLabel } from '../data/regions';
import {
  FacetKey,
  SEARCH_PAGE_SIZE,
  SEARCH_SPECS,
  SearchQuery,
  activeFilterCount,
  parseSearchQuery,
  toApiParams,
  toQueryParams,
  toggleFilter,
  withChange,
} from '../data/search-query';
import { COMMON, ERRORS, SEARCH_DOWN } from '../shared/api-errors';
import { FACET_TITLES, facetValueLabel, fieldLabel, maturityLabel, modeLabel } from '../shared/labels';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';

type SearchAnswer = AchievementSearchAnswer | NeedSearchAnswer;
type Hit = (Achievement | Need) & Highlighted;

const TEXT = {
  achievementsLead: 'catalog.searchPage.achievementsLead',
  needsLead: 'catalog.searchPage.needsLead',
  placeholder: 'catalog.searchPage.placeholder',
  search: 'catalog.searchPage.search',
  filters: 'catalog.searchPage.filters',
  all: 'catalog.searchPage.all',
  price: 'catalog.searchPage.price',
  budget: 'catalog.searchPage.budget',
  min: 'catalog.searchPage.min',
  max: 'catalog.searchPage.max',
  apply: 'catalog.searchPage.apply',
  clear: 'catalog.searchPage.clear',
  sort: 'catalog.searchPage.sort',
  total: 'catalog.searchPage.total',
  took: 'catalog.searchPage.took',
  empty: 'catalog.searchPage.empty',
  emptyHint: 'catalog.searchPage.emptyHint',
  emptyFilteredHint: 'catalog.searchPage.emptyFilteredHint',
  retry: COMMON.retry,
  loading: 'catalog.searchPage.loading',
  askingPrice: 'catalog.searchPage.askingPrice',
  budgetLabel: 'catalog.searchPage.budgetLabel',
  deadline: 'catalog.searchPage.deadline',
  published: 'catalog.searchPage.published',
  done: 'catalog.searchPage.done',
} satisfies Record<string, string>;

/** The hall while nothing is published yet (no query, no filter): what it will hold, and for its creators a way to start. */
const NONE_TEXT: Record<ListingKind, { title: string; hint: string; create: string }> = {
  achievements: {
    title: 'catalog.searchPage.noneAchievements',
    hint: 'catalog.searchPage.noneAchievementsHint',
    create: 'catalog.searchPage.noneAchievementsCreate',
  },
  needs: {
    title: 'catalog.searchPage.noneNeeds',
    hint: 'catalog.searchPage.noneNeedsHint',
    create: 'catalog.searchPage.noneNeedsCreate',
  },
};

const SORT_LABELS: Record<string, string> = {
  relevance: 'catalog.sorts.relevance',
  newest: 'catalog.sorts.newest',
  price_asc: 'catalog.sorts.priceAsc',
  price_desc: 'catalog.sorts.priceDesc',
  budget_asc: 'catalog.sorts.budgetAsc',
  budget_desc: 'catalog.sorts.budgetDesc',
  deadline: 'catalog.sorts.deadline',
};

/**
 * 成果大厅 and 需求大厅: the whole search lives in the URL (q, filters, range, sort, page), so a
 * search can be shared, reloaded, and walked with back and forward. `kind` comes from route data.
 */
@Component({
  selector: 'tm-listing-search-page',
  imports: [
    NgTemplateOutlet,
    FormsModule,
    RouterLink,
    NzButtonModule,
    NzDrawerModule,
    NzEmptyModule,
    NzIconModule,
    NzInputModule,
    NzInputNumberModule,
    NzPaginationModule,
    NzSelectModule,
    NzSpinModule,
    NzTagModule,
    TrPipe,
    TranslocoPipe,
    WallTimePipe,
    PricePipe,
    BudgetPipe,
  ],
  providers: [provideNzIconsPatch([FilterOutline, PlusOutline, ReloadOutline, SearchOutline])],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './listing-search-page.html',
  styleUrl: './listing-search-page.css',
})
export class ListingSearchPage {
  readonly kind = input.required<ListingKind>();

  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly regions = inject(RegionsStore);
  protected readonly auth = inject(AuthStore);

  protected readonly text = TEXT;
  protected readonly facetTitles = FACET_TITLES;
  protected readonly sortLabels = SORT_LABELS;
  protected readonly pageSize = SEARCH_PAGE_SIZE;
  protected readonly fieldLabel = fieldLabel;
  protected readonly maturityLabel = maturityLabel;
  protected readonly modeLabel = modeLabel;
  protected readonly regionLabel = regionLabel;

  private readonly params = toSignal(this.route.queryParams, { initialValue: this.route.snapshot.queryParams });
  protected readonly query = computed(() => parseSearchQuery(this.kind(), this.params()));
  protected readonly spec = computed(() => SEARCH_SPECS[this.kind()]);
  protected readonly kindText = computed(() => KIND_TEXT[this.kind()]);
  protected readonly lead = computed(() => (this.kind() === 'achievements' ? TEXT.achievementsLead : TEXT.needsLead));
  protected readonly canCreate = computed(() => this.auth.role() === this.kindText().creatorRole);
  protected readonly filterCount = computed(() => activeFilterCount(this.query()));
  /**
   * Why the list is empty: the words typed (try others), the filters alone (loosen them), or
   * nothing asked at all (nothing is published yet).
   */
  protected readonly emptyReason = computed<'query' | 'filters' | 'none'>(() => {
    if (this.query().q.trim()) return 'query';
    return this.filterCount() ? 'filters' : 'none';
  });
  protected readonly noneText = computed(() => NONE_TEXT[this.kind()]);

  protected readonly search = httpResource<SearchAnswer>(() => ({
    url: `/api/${this.kind()}`,
    params: toApiParams(this.kind(), this.query()),
  }));

  /** The last answer stays on screen while the next one loads, so the page does not jump. */
  protected readonly answer = linkedSignal<SearchAnswer | undefined, SearchAnswer | null>({
    source: () => (this.search.hasValue() ? this.search.value() : undefined),
    computation: (value, previous) => value ?? previous?.value ?? null,
  });
  protected readonly hits = computed<Hit[]>(() => (this.answer()?.items ?? []) as Hit[]);
  protected readonly failure = computed(() => {
    const error = this.search.error();
    if (!error) return null;
    const status = error instanceof HttpErrorResponse ? error.status : -1;
    if (status === 0) return this.language.text(ERRORS.network);
    return status === 503 ? this.language.t(SEARCH_DOWN) : this.language.text(ERRORS.unknown);
  });

  /** What is typed but not searched yet; follows the URL on back/forward. */
  protected readonly draft = linkedSignal(() => this.query().q);
  protected readonly minWan = linkedSignal(() => yuanToWan(this.query().min));
  protected readonly maxWan = linkedSignal(() => yuanToWan(this.query().max));
  protected readonly drawerOpen = signal(false);
  protected readonly narrow = signal(false);

  protected readonly facetGroups = computed(() => {
    const spec = this.spec();
    const facets = (this.answer()?.facets ?? {}) as Record<string, FacetCounts | undefined>;
    const query = this.query();
    return spec.facets.map((facet) => {
      const known = spec.values[facet] ?? this.regions.regions();
      const counts = facets[facet] ?? {};
      const selected = query.filters[facet] ?? null;
      const values = [...known];
      // A value the URL names but the list lacks (an old region) stays visible so it can be cleared.
      if (selected && !values.includes(selected)) values.push(selected);
      return {
        facet,
        selected,
        options: values.map((value) => ({ value, label: facetValueLabel(facet, value), count: counts[value] ?? 0 })),
      };
    });
  });

  constructor() {
    this.regions.load();
    const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(max-width: 767px)') : null;
    if (media) {
      this.narrow.set(media.matches);
      const listener = (event: MediaQueryListEvent) => this.narrow.set(event.matches);
      media.addEventListener('change', listener);
      inject(DestroyRef).onDestroy(() => media.removeEventListener('change', listener));
    }
  }

  protected submitSearch(): void {
    this.go(withChange(this.query(), { q: this.draft() }));
  }

  protected toggle(facet: FacetKey, value: string | null): void {
    this.go(toggleFilter(this.query(), facet, value));
  }

  protected applyRange(): void {
    let min = wanToYuan(this.minWan());
    let max = wanToYuan(this.maxWan());
    if (min !== null && max !== null && min > max) [min, max] = [max, min];
    this.go(withChange(this.query(), { min, max }));
  }

  protected setSort(sort: string): void {
    this.go(withChange(this.query(), { sort }));
  }

  protected goToPage(page: number): void {
    this.go({ ...this.query(), page });
  }

  protected clearAll(): void {
    this.go(withChange(this.query(), { filters: {}, min: null, max: null }));
  }

  private go(query: SearchQuery): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: toQueryParams(this.kind(), query) });
  }

  protected asAchievement(hit: Hit): Achievement & Highlighted {
    return hit as Achievement & Highlighted;
  }

  protected asNeed(hit: Hit): Need & Highlighted {
    return hit as Need & Highlighted;
  }

  protected snippet(hit: Hit): string {
    const h = hit._highlight;
    return (this.kind() === 'achievements' ? h?.summary : h?.description) ?? '';
  }

  protected plainSnippet(hit: Hit): string {
    return 'summary' in hit ? hit.summary : hit.description;
  }
}
