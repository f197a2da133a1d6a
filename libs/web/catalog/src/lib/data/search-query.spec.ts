import {
  activeFilterCount,
  emptyQuery,
  parseSearchQuery,
  toApiParams,
  toQueryParams,
  toggleFilter,
  withChange,
} from './search-query';

describe('search query ↔ URL', () => {
  it('reads every part of an achievement search from the URL', () => {
    const query = parseSearchQuery('achievements', {
      q: ' 钙钛矿 ',
      field: 'new_energy',
      maturity: 'pilot',
      transferMode: 'license',
      region: '瑞安市',
      minPrice: '100000',
      maxPrice: '2000000',
      sort: 'price_desc',
      page: '3',
    });
    expect(query).toEqual({
      q: '钙钛矿',
      filters: { field: 'new_energy', maturity: 'pilot', transferMode: 'license', region: '瑞安市' },
      min: 100000,
      max: 2000000,
      sort: 'price_desc',
      page: 3,
    });
  });

  it('reads a need search with its own parameter names', () => {
    const query = parseSearchQuery('needs', {
      q: '胶粘剂',
      cooperationMode: 'co_development',
      minBudget: '200000',
      maxBudget: '800000',
      sort: 'deadline',
      // Not a need facet: ignored.
      maturity: 'pilot',
      minPrice: '5',
    });
    expect(query).toEqual({
      q: '胶粘剂',
      filters: { cooperationMode: 'co_development' },
      min: 200000,
      max: 800000,
      sort: 'deadline',
      page: 1,
    });
  });

  it('drops malformed values instead of sending them to the API', () => {
    const query = parseSearchQuery('achievements', {
      field: 'rocket_science',
      maturity: '',
      minPrice: '-5',
      maxPrice: '12.5',
      sort: 'budget_asc',
      page: '0',
    });
    expect(query).toEqual(emptyQuery());
    expect(parseSearchQuery('achievements', { page: 'abc' }).page).toBe(1);
    expect(parseSearchQuery('achievements', { page: '2.5' }).page).toBe(1);
  });

  it('takes the first of repeated parameters and swaps a reversed price range', () => {
    const query = parseSearchQuery('achievements', { field: ['biomedicine', 'other'], minPrice: '900', maxPrice: '100' });
    expect(query.filters).toEqual({ field: 'biomedicine' });
    expect([query.min, query.max]).toEqual([100, 900]);
  });

  it('cuts an over-long query to 200 characters', () => {
    expect(parseSearchQuery('needs', { q: '光'.repeat(250) }).q).toHaveLength(200);
  });

  it('writes only what differs from the defaults', () => {
    expect(toQueryParams('achievements', emptyQuery())).toEqual({});
    expect(
      toQueryParams('achievements', {
        q: '光伏组件',
        filters: { region: 'outside', maturity: 'lab' },
        min: 0,
        max: null,
        sort: 'newest',
        page: 2,
      }),
    ).toEqual({ q: '光伏组件', maturity: 'lab', region: 'outside', minPrice: '0', sort: 'newest', page: '2' });
    expect(toQueryParams('needs', { ...emptyQuery(), min: 10, max: 20 })).toEqual({ minBudget: '10', maxBudget: '20' });
  });

  it('survives a round trip through the URL', () => {
    const params = {
      q: '充电桩',
      field: 'advanced_manufacturing',
      region: '乐清市',
      cooperationMode: 'transfer',
      minBudget: '1',
      maxBudget: '99',
      sort: 'budget_asc',
      page: '4',
    };
    expect(toQueryParams('needs', parseSearchQuery('needs', params))).toEqual(params);
  });

  it('always tells the API the sort, page and page size', () => {
    expect(toApiParams('achievements', emptyQuery())).toEqual({ sort: 'relevance', page: '1', pageSize: '10' });
    expect(toApiParams('needs', { ...emptyQuery(), q: '水性', page: 2 }, 20)).toEqual({
      q: '水性',
      sort: 'relevance',
      page: '2',
      pageSize: '20',
    });
  });

  it('starts again at page 1 when the search changes', () => {
    const onPage3 = { ...emptyQuery(), q: 'a', page: 3 };
    expect(withChange(onPage3, { q: 'b' })).toEqual({ ...emptyQuery(), q: 'b', page: 1 });
    expect(withChange(onPage3, { sort: 'newest' }).page).toBe(1);
  });

  it('toggles a facet filter on and off', () => {
    const chosen = toggleFilter({ ...emptyQuery(), page: 5 }, 'field', 'biomedicine');
    expect(chosen.filters).toEqual({ field: 'biomedicine' });
    expect(chosen.page).toBe(1);
    expect(toggleFilter(chosen, 'field', 'biomedicine').filters).toEqual({});
    expect(toggleFilter(chosen, 'field', 'other').filters).toEqual({ field: 'other' });
    expect(toggleFilter(chosen, 'field', null).filters).toEqual({});
  });

  it('counts the active filters, the price range as one', () => {
    expect(activeFilterCount(emptyQuery())).toBe(0);
    expect(activeFilterCount({ ...emptyQuery(), filters: { field: 'other', region: '鹿城区' }, min: 1, max: 2 })).toBe(3);
  });
});
