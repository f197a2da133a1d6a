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
import { AuthStore } from '@market/web/identity';
import { LanguageService, Localized, TrPipe, WallTimePipe, wanToYuan, yuanToWan } from '@market/web/ui';
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
import { ERRORS } from '../shared/api-errors';
import { FACET_TITLES, facetValueLabel, fieldLabel, maturityLabel, modeLabel } from '../shared/labels';
import { BudgetPipe, PricePipe } from '../shared/money.pipes';

type SearchAnswer = AchievementSearchAnswer | NeedSearchAnswer;
type Hit = (Achievement | Need) & Highlighted;

const TEXT = {
  achievementsLead: {
    zh: '高校、科研院所登记并经科技局审核公开的科技成果。',
    en: 'Research results registered by universities and institutes, published after the bureau’s review.',
  },
  needsLead: {
    zh: '企业在生产经营中遇到的技术难题，公开征集解决方案。',
    en: 'Technical problems companies want solved, open for solutions.',
  },
  placeholder: { zh: '输入关键词，如 钙钛矿、充电桩、水性胶粘剂', en: 'Keywords, e.g. perovskite, charging pile' },
  search: { zh: '搜索', en: 'Search' },
  filters: { zh: '筛选', en: 'Filters' },
  all: { zh: '不限', en: 'Any' },
  price: { zh: '报价（万元）', en: 'Price (10k yuan)' },
  budget: { zh: '预算（万元）', en: 'Budget (10k yuan)' },
  min: { zh: '最低', en: 'Min' },
  max: { zh: '最高', en: 'Max' },
  apply: { zh: '确定', en: 'Apply' },
  clear: { zh: '清除全部筛选', en: 'Clear all filters' },
  sort: { zh: '排序', en: 'Sort' },
  total: { zh: '共 {n} 条结果', en: '{n} results' },
  took: { zh: '用时 {ms} 毫秒', en: '{ms} ms' },
  empty: { zh: '没有找到符合条件的结果', en: 'Nothing matches this search' },
  emptyHint: { zh: '换个关键词，或减少筛选条件试试。', en: 'Try other keywords or fewer filters.' },
  retry: { zh: '重试', en: 'Try again' },
  loading: { zh: '正在搜索…', en: 'Searching…' },
  askingPrice: { zh: '报价', en: 'Asking price' },
  budgetLabel: { zh: '预算', en: 'Budget' },
  deadline: { zh: '截止', en: 'Deadline' },
  published: { zh: '发布于', en: 'Published' },
  done: { zh: '查看结果', en: 'Show results' },
} satisfies Record<string, Localized>;

const SORT_LABELS: Record<string, Localized> = {
  relevance: { zh: '综合排序', en: 'Best match' },
  newest: { zh: '最新发布', en: 'Newest' },
  price_asc: { zh: '价格从低到高', en: 'Price: low to high' },
  price_desc: { zh: '价格从高到低', en: 'Price: high to low' },
  budget_asc: { zh: '预算从低到高', en: 'Budget: low to high' },
  budget_desc: { zh: '预算从高到低', en: 'Budget: high to low' },
  deadline: { zh: '截止日期最近', en: 'Deadline soonest' },
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
    if (status === 0) return ERRORS.network;
    return status === 503 ? ERRORS.searchDown : ERRORS.unknown;
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

  protected fill(template: Localized, values: Record<string, string | number>): string {
    return this.language.text(template).replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));
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
