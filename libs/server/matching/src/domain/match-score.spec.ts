import { matchReasonText } from '@market/contracts';
import { keywordAgreement, KEYWORD_MATCH, priceFit, RARE_KEYWORD_IDF, scoreMatch, SIMILARITY_FULL, WEIGHTS, type AchievementSide, type Lexicon, type NeedSide } from './match-score';

// A tiny stand-in for search-mode segmentation: two-character pieces.
const segments = (k: string) => (k.length > 2 ? Array.from({ length: k.length - 1 }, (_, i) => k.slice(i, i + 2)) : []);
// One vocabulary group (空压机 / 压缩空气); every word rare enough to count fully unless listed as common.
const lexicon = (common: string[] = []): Lexicon => ({
  segments,
  concepts: (k) => (['空压机', '压缩空气'].some((t) => k.includes(t)) ? ['#空压机'] : []),
  idf: (t) => (common.includes(t) ? RARE_KEYWORD_IDF / 4 : RARE_KEYWORD_IDF * 2),
});
const signals = (text: number, similarity = SIMILARITY_FULL) => ({ text, similarity });

const need: NeedSide = {
  field: 'new_energy',
  keywords: ['充电桩', '功率模块', '散热'],
  budgetMin: 200_000,
  budgetMax: 1_000_000,
  region: '瑞安市',
  cooperationModes: ['license', 'co_development'],
};

const achievement: AchievementSide = {
  field: 'new_energy',
  keywords: ['充电桩', '功率模块', '碳化硅'],
  askingPrice: 800_000,
  maturity: 'pilot',
  region: '瑞安市',
  transferModes: ['license'],
};

describe('match score', () => {
  it('has weights that add up to 1', () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('scores a perfect structured fit by its weights and explains it in Chinese', () => {
    const m = scoreMatch(need, achievement, signals(1), lexicon());
    expect(m.parts).toEqual({ text: 1, similarity: 1, keywords: 2 / 3, field: 1, price: 1, modes: 1, maturity: 0.7, region: 1 });
    expect(m.score).toBeCloseTo(0.15 + 0.4 + 0.15 * (2 / 3) + 0.05 + 0.1 + 0.05 + 0.05 * 0.7 + 0.05, 3);
    expect(m.explanations).toEqual([
      { code: 'same_field', sign: 'positive', params: { field: 'new_energy' } },
      { code: 'keywords', sign: 'positive', params: { keywords: ['充电桩', '功率模块'] } },
      { code: 'price_within_budget', sign: 'positive', params: {} },
      { code: 'maturity', sign: 'neutral', params: { maturity: 'pilot' } },
      { code: 'cooperation_modes', sign: 'positive', params: { modes: ['license'] } },
      { code: 'same_region', sign: 'positive', params: { region: '瑞安市' } },
    ]);
    expect(m.explanations.map((r) => matchReasonText(r, 'zh'))).toEqual(['领域一致：新能源', '关键词：充电桩、功率模块', '报价在预算内', '成熟度：中试', '合作方式：许可', '同在瑞安市']);
  });

  it('stays within 0..1 whatever the inputs', () => {
    const worst = scoreMatch(need, { ...achievement, field: 'biomedicine', keywords: [], askingPrice: 9_000_000, maturity: 'research', region: '鹿城区', transferModes: ['equity'] }, signals(-3, -1), lexicon());
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeCloseTo(0.05 * 0.2, 3);
    expect(scoreMatch(need, achievement, signals(7, 9), lexicon()).score).toBeLessThanOrEqual(1);
  });

  it('ranks the better fit higher when text relevance is equal', () => {
    const weaker = scoreMatch(need, { ...achievement, field: 'advanced_manufacturing', keywords: ['注塑'] }, signals(0.6), lexicon());
    expect(scoreMatch(need, achievement, signals(0.6), lexicon()).score).toBeGreaterThan(weaker.score);
  });

  it('lets similar text outweigh a shared field: a solution filed under another field still leads', () => {
    const sameFieldOtherTopic = scoreMatch(need, { ...achievement, keywords: ['储能'] }, signals(0.3, 0.05), lexicon());
    const otherFieldSameTopic = scoreMatch(need, { ...achievement, field: 'advanced_manufacturing' }, signals(0.8, 0.4), lexicon());
    expect(otherFieldSameTopic.score).toBeGreaterThan(sameFieldOtherTopic.score);
  });

  it('is full on similarity from SIMILARITY_FULL on', () => {
    expect(scoreMatch(need, achievement, signals(0.5, SIMILARITY_FULL / 2), lexicon()).parts.similarity).toBeCloseTo(0.5, 10);
    expect(scoreMatch(need, achievement, signals(0.5, 0.9), lexicon()).parts.similarity).toBe(1);
  });

  it('says when the price is above the budget, against the match', () => {
    const above = scoreMatch(need, { ...achievement, askingPrice: 1_500_000 }, signals(0.5), lexicon());
    expect(above.explanations).toContainEqual({ code: 'price_above_budget', sign: 'negative', params: { askingPrice: 1_500_000, budgetMax: 1_000_000 } });
    expect(above.explanations.map((r) => matchReasonText(r, 'zh'))).toContain('报价150万元，高于预算上限100万元');
    expect(above.explanations.some((r) => r.code === 'price_within_budget')).toBe(false);
    const negotiable = scoreMatch(need, { ...achievement, askingPrice: null }, signals(0.5), lexicon());
    expect(negotiable.explanations).toContainEqual({ code: 'price_negotiable', sign: 'neutral', params: {} });
  });

  it('names at most three met keywords, and nothing it did not find', () => {
    const many = scoreMatch({ ...need, keywords: ['甲乙', '丙丁', '戊己', '庚辛'] }, { ...achievement, keywords: ['甲乙', '丙丁', '戊己', '庚辛'] }, signals(0.5), lexicon());
    expect(many.explanations.find((r) => r.code === 'keywords')?.params).toEqual({ keywords: ['甲乙', '丙丁', '戊己'] });
    const apart = scoreMatch(need, { ...achievement, field: 'biomedicine', keywords: ['疫苗'], region: '鹿城区', transferModes: ['equity'] }, signals(0.5), lexicon());
    expect(apart.explanations.map((r) => r.code)).toEqual(['price_within_budget', 'maturity']);
  });

  it('does not call two places "the same region" when both are outside the city', () => {
    const m = scoreMatch({ ...need, region: 'outside' }, { ...achievement, region: 'outside' }, signals(0.5), lexicon());
    expect(m.parts.region).toBe(0);
    expect(m.explanations.some((r) => r.code === 'same_region')).toBe(false);
  });
});

describe('keyword agreement', () => {
  it('counts shared keywords fully and keywords sharing a segment half', () => {
    expect(keywordAgreement(['锂电池', '回收'], ['动力电池', '回收'], lexicon())).toEqual({ value: (KEYWORD_MATCH.segment + KEYWORD_MATCH.exact) / 2, shared: ['锂电池', '回收'] });
  });

  it('counts a keyword met by a term of its vocabulary group as the concept weight', () => {
    expect(keywordAgreement(['空压机'], ['压缩空气系统'], lexicon())).toEqual({ value: KEYWORD_MATCH.concept, shared: ['空压机'] });
  });

  it('discounts what most candidates share, so one common word does not make a match', () => {
    const rare = keywordAgreement(['外观检测'], ['缺陷检测'], lexicon());
    const common = keywordAgreement(['外观检测'], ['缺陷检测'], lexicon(['检测']));
    expect(rare.value).toBe(KEYWORD_MATCH.segment);
    expect(common.value).toBeCloseTo(KEYWORD_MATCH.segment / 4, 10);
  });

  it('is full from three met keywords on, and 0 without keywords on either side', () => {
    expect(keywordAgreement(['甲乙', '丙丁', '戊己', '庚辛'], ['甲乙', '丙丁', '戊己'], lexicon()).value).toBe(1);
    expect(keywordAgreement([], ['x'], lexicon()).value).toBe(0);
  });
});

describe('price fit', () => {
  it('is 1 within budget, 0.5 negotiable, falling to 0 at twice the top', () => {
    expect(priceFit(100, 100)).toBe(1);
    expect(priceFit(null, 100)).toBe(0.5);
    expect(priceFit(150, 100)).toBe(0.5);
    expect(priceFit(250, 100)).toBe(0);
  });
});
