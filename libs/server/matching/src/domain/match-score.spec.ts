import { keywordAgreement, priceFit, scoreMatch, WEIGHTS, type AchievementSide, type NeedSide } from './match-score';

// A tiny stand-in for search-mode segmentation: two-character pieces.
const segments = (k: string) => (k.length > 2 ? Array.from({ length: k.length - 1 }, (_, i) => k.slice(i, i + 2)) : []);

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
    const m = scoreMatch(need, achievement, 1, segments);
    expect(m.parts).toEqual({ text: 1, keywords: 2 / 3, field: 1, price: 1, modes: 1, maturity: 0.7, region: 1 });
    expect(m.score).toBeCloseTo(0.4 + 0.2 * (2 / 3) + 0.15 + 0.1 + 0.05 + 0.05 * 0.7 + 0.05, 3);
    expect(m.reasons).toEqual(['领域一致：新能源', '关键词：充电桩、功率模块', '报价在预算内', '成熟度：中试', '合作方式：许可', '同在瑞安市']);
  });

  it('stays within 0..1 whatever the inputs', () => {
    const worst = scoreMatch(need, { ...achievement, field: 'biomedicine', keywords: [], askingPrice: 9_000_000, maturity: 'research', region: '鹿城区', transferModes: ['equity'] }, -3, segments);
    expect(worst.score).toBeGreaterThanOrEqual(0);
    expect(worst.score).toBeCloseTo(0.05 * 0.2, 3);
    expect(scoreMatch(need, achievement, 7, segments).score).toBeLessThanOrEqual(1);
  });

  it('ranks the better fit higher when text relevance is equal', () => {
    const weaker = scoreMatch(need, { ...achievement, field: 'advanced_manufacturing', keywords: ['注塑'] }, 0.6, segments);
    expect(scoreMatch(need, achievement, 0.6, segments).score).toBeGreaterThan(weaker.score);
  });

  it('says when the price is above the budget', () => {
    expect(scoreMatch(need, { ...achievement, askingPrice: 1_500_000 }, 0.5, segments).reasons).toContain('报价150万元，高于预算上限100万元');
    expect(scoreMatch(need, { ...achievement, askingPrice: null }, 0.5, segments).reasons).toContain('报价面议');
  });

  it('does not call two places "the same region" when both are outside the city', () => {
    const m = scoreMatch({ ...need, region: 'outside' }, { ...achievement, region: 'outside' }, 0.5, segments);
    expect(m.parts.region).toBe(0);
  });
});

describe('keyword agreement', () => {
  it('counts shared keywords fully and keywords sharing a segment half', () => {
    expect(keywordAgreement(['锂电池', '回收'], ['动力电池', '回收'], segments)).toEqual({ value: (1 + 0.5) / 2, shared: ['回收', '锂电池'] });
  });

  it('is 0 without keywords on either side', () => {
    expect(keywordAgreement([], ['x'], segments).value).toBe(0);
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
