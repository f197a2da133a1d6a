import { synonymSettings, TERM_GROUPS } from './vocabulary';

describe('vocabulary', () => {
  it('covers the market’s fields with groups of at least two terms', () => {
    expect(TERM_GROUPS.length).toBeGreaterThanOrEqual(60);
    expect(TERM_GROUPS.every((g) => g.length >= 2)).toBe(true);
  });

  it('gives Meilisearch every multi-character term of a group as a synonym of the others', () => {
    const s = synonymSettings([['空压机', '空气压缩机', '压缩空气'], ['泵', '水泵', '离心泵']]);
    expect(s['空压机']).toEqual(['空气压缩机', '压缩空气']);
    expect(s['水泵']).toEqual(['离心泵']);
    expect(s['泵']).toBeUndefined();
  });

  it('merges the groups a term belongs to', () => {
    expect(synonymSettings([['电机', '马达'], ['电机', '永磁电机']])['电机']).toEqual(['马达', '永磁电机']);
  });
});
