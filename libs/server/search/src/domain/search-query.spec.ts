import { achievementFilter, achievementSort, candidateFilter, candidateSort, needFilter, needSort } from './search-query';

describe('search filters', () => {
  it('builds achievement filters from the contract parameters', () => {
    expect(achievementFilter({ field: 'new_materials', transferMode: 'license', region: '瑞安市', minPrice: 100, maxPrice: 5000 })).toEqual([
      'field = "new_materials"',
      'transferModes = "license"',
      'region = "瑞安市"',
      'askingPrice >= 100',
      'askingPrice <= 5000',
    ]);
  });

  it('escapes quotes in user values, so a value cannot change the filter', () => {
    expect(achievementFilter({ region: 'x" OR field = "y' })).toEqual(['region = "x\\" OR field = \\"y"']);
  });

  it('matches needs whose budget range overlaps the asked range', () => {
    expect(needFilter({ minBudget: 200000, maxBudget: 500000 })).toEqual(['budgetMax >= 200000', 'budgetMin <= 500000']);
  });

  it('sorts by relevance with a query and by newest without one', () => {
    expect(achievementSort('relevance', true)).toBeUndefined();
    expect(achievementSort(undefined, false)).toEqual(['publishedAtTs:desc']);
    expect(achievementSort('price_desc', true)).toEqual(['askingPrice:desc']);
    expect(needSort('deadline', false)).toEqual(['deadlineTs:asc']);
  });
});

describe('candidate queries', () => {
  it('narrow by organization, field and publication time, values quoted', () => {
    expect(candidateFilter({ text: '充电桩', excludeOrganizationId: 'org-"1', field: 'new_energy', publishedSince: 1_767_225_600_000.7, limit: 40 })).toEqual([
      'organization.id != "org-\\"1"',
      'field = "new_energy"',
      'publishedAtTs >= 1767225600000',
    ]);
    expect(candidateFilter({ text: '充电桩', excludeOrganizationId: null, limit: 40 })).toEqual([]);
  });

  it('rank by relevance with words and newest first without', () => {
    expect(candidateSort({ text: '充电桩 功率模块', limit: 40 })).toBeUndefined();
    expect(candidateSort({ field: 'new_energy', limit: 40 })).toEqual(['publishedAtTs:desc']);
    expect(candidateSort({ text: '  ', limit: 40 })).toEqual(['publishedAtTs:desc']);
  });
});
