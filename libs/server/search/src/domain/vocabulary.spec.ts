import { relatedTerms, TERM_GROUPS } from './vocabulary';

describe('vocabulary', () => {
  it('covers the market’s fields with groups of at least two terms', () => {
    expect(TERM_GROUPS.length).toBeGreaterThanOrEqual(60);
    expect(TERM_GROUPS.every((g) => g.length >= 2)).toBe(true);
  });

  it('gives a document every multi-character term of each group it mentions', () => {
    const groups = [['空压机', '空气压缩机', '压缩空气'], ['泵', '水泵', '离心泵'], ['茶叶', '绿茶']];
    expect(relatedTerms('工厂空压机站能耗高', groups).split(' ')).toEqual(['空压机', '空气压缩机', '压缩空气']);
    expect(relatedTerms('离心泵叶轮', groups).split(' ')).toEqual(['水泵', '离心泵']);
  });

  it('leaves single characters out: 泵 alone brings no group in', () => {
    expect(relatedTerms('真空泵', [['泵', '水泵', '离心泵']])).toBe('');
  });

  it('merges the groups a text mentions, each term once', () => {
    expect(relatedTerms('永磁电机', [['电机', '马达'], ['电机', '永磁电机']]).split(' ')).toEqual(['电机', '马达', '永磁电机']);
  });
});
