import { searchSegments } from './segment';

describe('searchSegments', () => {
  it('adds the sub-words that Meilisearch alone would miss', () => {
    const s = searchSegments('一种待处理数据的高效率充电桩').split(' ');
    expect(s).toEqual(expect.arrayContaining(['待处理', '处理', '高效率', '效率', '充电']));
  });

  it('keeps each segment once and drops single characters and punctuation', () => {
    const s = searchSegments('锂电池，锂电池。电池！').split(' ');
    expect(s.filter((w) => w === '锂电池')).toHaveLength(1);
    expect(s).not.toContain('，');
    expect(s.every((w) => w.length >= 2)).toBe(true);
  });

  it('passes Latin words and numbers through', () => {
    expect(searchSegments('5G 基站 IGBT模块').split(' ')).toEqual(expect.arrayContaining(['5G', 'IGBT', '基站', '模块']));
  });
});
