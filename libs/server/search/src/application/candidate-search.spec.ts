import type { MeiliIndexes, IndexQuery } from '../infrastructure/meili-indexes';
import { CandidateSearch } from './candidate-search';

/** A stand-in for Meilisearch: one index version, answers by query text, every multi-search recorded. */
function engine() {
  const state = {
    version: 7,
    calls: [] as IndexQuery[][],
    fail: false,
    docs: { 充电桩: [{ id: 'n-1', title: '充电桩功率模块散热', segments: '充电 桩', publishedAtTs: 1, _rankingScore: 0.91 }] } as Record<string, Array<Record<string, unknown> & { id: string }>>,
  };
  const indexes = {
    version: async () => state.version,
    searchMany: async (queries: IndexQuery[]) => {
      state.calls.push(queries);
      if (state.fail) throw new Error('down');
      return queries.map((q) => ({ hits: state.docs[q.q] ?? [] }));
    },
  } as unknown as MeiliIndexes;
  return { state, search: new CandidateSearch(indexes) };
}

describe('CandidateSearch', () => {
  it('asks every distinct query once, in one multi-search, and answers in the queries’ order', async () => {
    const { state, search } = engine();
    const answers = await search.needs([
      { text: '充电桩', limit: 40, excludeOrganizationId: 'org-1' },
      { text: '功率模块', limit: 40, excludeOrganizationId: 'org-1' },
      { text: '充电桩', limit: 40, excludeOrganizationId: 'org-1' },
    ]);
    expect(state.calls).toHaveLength(1);
    expect(state.calls[0]).toEqual([
      { index: 'needs', q: '充电桩', params: { filter: ['organization.id != "org-1"'], sort: undefined, limit: 40, showRankingScore: true } },
      { index: 'needs', q: '功率模块', params: { filter: ['organization.id != "org-1"'], sort: undefined, limit: 40, showRankingScore: true } },
    ]);
    expect(answers).toEqual([[{ item: { id: 'n-1', title: '充电桩功率模块散热' }, relevance: 0.91 }], [], [{ item: { id: 'n-1', title: '充电桩功率模块散热' }, relevance: 0.91 }]]);
  });

  it('answers a repeated query from memory until the index changes', async () => {
    const { state, search } = engine();
    const query = { text: '充电桩', limit: 40 };
    const first = await search.needs([query]);
    expect(await search.needs([query, { field: 'new_energy', limit: 40 }])).toEqual([first[0], []]);
    expect(state.calls.map((c) => c.map((q) => q.q))).toEqual([['充电桩'], ['']]);
    // another organization's query is another question
    await search.needs([{ ...query, excludeOrganizationId: 'org-2' }]);
    expect(state.calls).toHaveLength(3);

    state.version = 8;
    state.docs['充电桩'] = [];
    expect(await search.needs([query])).toEqual([[]]);
    expect(state.calls).toHaveLength(4);
  });

  it('lets calls that ask alike at the same time share one search', async () => {
    const { state, search } = engine();
    const [a, b] = await Promise.all([search.needs([{ text: '充电桩', limit: 40 }]), search.needs([{ text: '充电桩', limit: 40 }])]);
    expect(a).toEqual(b);
    expect(state.calls).toHaveLength(1);
  });

  it('keeps no failed answer: the next call asks again', async () => {
    const { state, search } = engine();
    state.fail = true;
    await expect(search.needs([{ text: '充电桩', limit: 40 }])).rejects.toThrow('down');
    state.fail = false;
    expect((await search.needs([{ text: '充电桩', limit: 40 }]))[0]).toHaveLength(1);
    expect(state.calls).toHaveLength(2);
  });

  it('keeps achievements and needs apart', async () => {
    const { state, search } = engine();
    await search.needs([{ text: '充电桩', limit: 40 }]);
    await search.achievements([{ text: '充电桩', limit: 40 }]);
    expect(state.calls.map((c) => c[0].index)).toEqual(['needs', 'achievements']);
  });
});
