import { Params } from '@angular/router';
import { ACHIEVEMENT_SORTS, FIELDS, MATURITIES, NEED_SORTS, TRANSFER_MODES } from '@market/contracts';
import { ListingKind } from './listing-kind';

/** The facets one can filter on; the names are the API's query parameters and facet keys. */
export type FacetKey = 'field' | 'maturity' | 'transferMode' | 'region' | 'cooperationMode';

/** Everything a search page shows, read from and written to the URL so a search can be shared. */
export interface SearchQuery {
  q: string;
  filters: Partial<Record<FacetKey, string>>;
  /** Integer yuan; `minPrice`/`maxPrice` for achievements, `minBudget`/`maxBudget` for needs. */
  min: number | null;
  max: number | null;
  sort: string;
  page: number;
}

export interface SearchSpec {
  facets: readonly FacetKey[];
  /** Allowed values per facet; `null` = free text (regions come from configuration). */
  values: Partial<Record<FacetKey, readonly string[] | null>>;
  minParam: string;
  maxParam: string;
  sorts: readonly string[];
}

export const DEFAULT_SORT = 'relevance';
export const MAX_QUERY_LENGTH = 200;
export const SEARCH_PAGE_SIZE = 10;

export const SEARCH_SPECS: Record<ListingKind, SearchSpec> = {
  achievements: {
    facets: ['field', 'maturity', 'transferMode', 'region'],
    values: { field: FIELDS, maturity: MATURITIES, transferMode: TRANSFER_MODES, region: null },
    minParam: 'minPrice',
    maxParam: 'maxPrice',
    sorts: ACHIEVEMENT_SORTS,
  },
  needs: {
    facets: ['field', 'region', 'cooperationMode'],
    values: { field: FIELDS, region: null, cooperationMode: TRANSFER_MODES },
    minParam: 'minBudget',
    maxParam: 'maxBudget',
    sorts: NEED_SORTS,
  },
};

export function emptyQuery(): SearchQuery {
  return { q: '', filters: {}, min: null, max: null, sort: DEFAULT_SORT, page: 1 };
}

/** A query parameter's single value (the first one when the URL repeats it). */
function single(params: Params, name: string): string | null {
  const raw: unknown = params[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value : null;
}

function money(value: string | null): number | null {
  if (value === null || !/^\d{1,13}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/**
 * Reads a search from the URL. Anything malformed (an unknown field, a negative price, page 0…)
 * is dropped rather than sent on, so a hand-edited link still shows a sensible page.
 */
export function parseSearchQuery(kind: ListingKind, params: Params): SearchQuery {
  const spec = SEARCH_SPECS[kind];
  const query = emptyQuery();
  query.q = (single(params, 'q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  for (const facet of spec.facets) {
    const value = single(params, facet)?.trim();
    if (!value) continue;
    const allowed = spec.values[facet];
    if (allowed ? allowed.includes(value) : value.length <= 50) query.filters[facet] = value;
  }
  query.min = money(single(params, spec.minParam));
  query.max = money(single(params, spec.maxParam));
  if (query.min !== null && query.max !== null && query.min > query.max) [query.min, query.max] = [query.max, query.min];
  const sort = single(params, 'sort');
  if (sort && spec.sorts.includes(sort)) query.sort = sort;
  const page = single(params, 'page');
  if (page && /^\d{1,6}$/.test(page) && Number(page) >= 1) query.page = Number(page);
  return query;
}

/** The URL's query parameters for a search: defaults (page 1, relevance, empty) are left out. */
export function toQueryParams(kind: ListingKind, query: SearchQuery): Params {
  const spec = SEARCH_SPECS[kind];
  const params: Params = {};
  const q = query.q.trim();
  if (q) params['q'] = q;
  for (const facet of spec.facets) {
    const value = query.filters[facet];
    if (value) params[facet] = value;
  }
  if (query.min !== null) params[spec.minParam] = String(query.min);
  if (query.max !== null) params[spec.maxParam] = String(query.max);
  if (query.sort !== DEFAULT_SORT) params['sort'] = query.sort;
  if (query.page > 1) params['page'] = String(query.page);
  return params;
}

/** The API's query parameters: the URL's plus the page and page size. */
export function toApiParams(kind: ListingKind, query: SearchQuery, pageSize = SEARCH_PAGE_SIZE): Record<string, string> {
  const params = toQueryParams(kind, query) as Record<string, string>;
  return { ...params, sort: query.sort, page: String(query.page), pageSize: String(pageSize) };
}

/** A change of what is searched for starts again at page 1; only paging keeps the page. */
export function withChange(query: SearchQuery, change: Partial<Omit<SearchQuery, 'page'>>): SearchQuery {
  return { ...query, ...change, filters: { ...(change.filters ?? query.filters) }, page: 1 };
}

/** Sets or clears (`null`, or the value already chosen) one facet filter. */
export function toggleFilter(query: SearchQuery, facet: FacetKey, value: string | null): SearchQuery {
  const filters = { ...query.filters };
  if (value === null || filters[facet] === value) delete filters[facet];
  else filters[facet] = value;
  return withChange(query, { filters });
}

/** How many filters narrow the search (the phone's 筛选 button shows it). */
export function activeFilterCount(query: SearchQuery): number {
  return Object.values(query.filters).filter(Boolean).length + (query.min !== null || query.max !== null ? 1 : 0);
}
