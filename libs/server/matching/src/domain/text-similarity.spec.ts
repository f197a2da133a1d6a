import { Concepts, cosine, inverseDocumentFrequency, TERM_WEIGHT, termsOf } from './text-similarity';

// Stand-in segmentation: the words between spaces.
const words = (text: string) => text.split(/\s+/).filter((w) => w.length >= 2);
const concepts = new Concepts([
  ['空压机', '空气压缩机', '压缩空气'],
  ['节能', '节电'],
]);

describe('concepts', () => {
  it('names the groups a text mentions, by substring', () => {
    expect(concepts.in('车间空气压缩机组 节电改造').sort()).toEqual(['#空压机', '#节能']);
    expect(concepts.in('数控机床')).toEqual([]);
  });

  it('lists the vocabulary terms of a text longest first', () => {
    expect(concepts.terms('空气压缩机 压缩空气')).toEqual(['空气压缩机', '压缩空气']);
  });
});

describe('termsOf', () => {
  it('weighs title and keywords above the body, and counts a vocabulary word as its concept only', () => {
    const t = termsOf({ headline: '空压机 改造', keywords: ['供气'], body: '车间 改造 节电' }, words, concepts);
    expect(Object.fromEntries(t)).toEqual({ '#空压机': TERM_WEIGHT.headline, 改造: TERM_WEIGHT.headline, 供气: TERM_WEIGHT.headline, 车间: TERM_WEIGHT.body, '#节能': TERM_WEIGHT.body });
  });
});

describe('inverse document frequency', () => {
  it('is high for a word few candidates have and near 0 for a word all have', () => {
    const pool = [new Map([['电池', 1], ['回收', 1]]), new Map([['电池', 1]]), new Map([['电池', 1]])];
    const idf = inverseDocumentFrequency(pool);
    expect(idf('回收')).toBeGreaterThan(idf('电池'));
    expect(idf('电池')).toBeCloseTo(Math.log(4 / 3.5), 10);
    expect(idf('从未出现')).toBeCloseTo(Math.log(4 / 0.5), 10);
  });
});

describe('cosine', () => {
  const flat = () => 1;
  it('is 1 for the same terms, 0 for none shared, and between for some', () => {
    const a = new Map([['x', 1], ['y', 1]]);
    expect(cosine(a, new Map(a), flat)).toBeCloseTo(1, 10);
    expect(cosine(a, new Map([['z', 1]]), flat)).toBe(0);
    expect(cosine(a, new Map([['x', 1], ['z', 1]]), flat)).toBeCloseTo(0.5, 10);
  });

  it('finds two texts that say one thing in other words similar through their concept', () => {
    const need = termsOf({ headline: '空压机 节能', keywords: [], body: '' }, words, concepts);
    const achievement = termsOf({ headline: '压缩空气系统 节电', keywords: [], body: '' }, words, concepts);
    expect(cosine(need, achievement, flat)).toBeGreaterThan(0.6);
  });

  it('lets a rare shared word count more than a common one', () => {
    const idf = (t: string) => (t === '常见' ? 0.1 : 3);
    const a = new Map([['常见', 1], ['罕见', 1], ['其他', 1]]);
    expect(cosine(a, new Map([['罕见', 1], ['乙', 1]]), idf)).toBeGreaterThan(cosine(a, new Map([['常见', 1], ['乙', 1]]), idf));
  });
});
