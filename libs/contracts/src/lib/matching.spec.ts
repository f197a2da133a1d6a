import { MATCH_REASON_SIGNS, matchReason, matchReasonText, type MatchReason } from './matching';

const reasons: MatchReason[] = [
  matchReason('same_field', { field: 'new_materials' }),
  matchReason('keywords', { keywords: ['充电桩', '功率模块'] }),
  matchReason('price_within_budget', {}),
  matchReason('price_negotiable', {}),
  matchReason('price_above_budget', { askingPrice: 1_500_000, budgetMax: 1_000_000 }),
  matchReason('maturity', { maturity: 'pilot' }),
  matchReason('cooperation_modes', { modes: ['license', 'co_development'] }),
  matchReason('same_region', { region: '瑞安市' }),
];

describe('match reasons', () => {
  it('words every reason in Chinese as the API has always sent it', () => {
    expect(reasons.map((r) => matchReasonText(r, 'zh'))).toEqual([
      '领域一致：新材料',
      '关键词：充电桩、功率模块',
      '报价在预算内',
      '报价面议',
      '报价150万元，高于预算上限100万元',
      '成熟度：中试',
      '合作方式：许可、合作开发',
      '同在瑞安市',
    ]);
  });

  it('words every reason in English from the same data, leaving the users’ own words as written', () => {
    expect(reasons.map((r) => matchReasonText(r, 'en'))).toEqual([
      'Same field: New materials',
      'Keywords: 充电桩, 功率模块',
      'Price within budget',
      'Price negotiable',
      "Price ¥1,500,000 above the budget's top ¥1,000,000",
      'Maturity: Pilot',
      'Cooperation: License, Co-development',
      "Both in Rui'an City",
    ]);
  });

  it('writes money in 万元 from ten thousand yuan on, with one decimal at most', () => {
    const above = (askingPrice: number, budgetMax: number) => matchReasonText(matchReason('price_above_budget', { askingPrice, budgetMax }), 'zh');
    expect(above(1_234_567, 9_000)).toBe('报价123.5万元，高于预算上限9000元');
    expect(above(25_000_000, 10_000)).toBe('报价2,500万元，高于预算上限1万元');
  });

  it('gives each reason the sign of its code: above the budget speaks against the match', () => {
    expect(reasons.map((r) => [r.code, r.sign])).toEqual(Object.entries(MATCH_REASON_SIGNS));
    expect(matchReason('price_above_budget', { askingPrice: 2, budgetMax: 1 }).sign).toBe('negative');
    expect(matchReason('price_within_budget', {}).sign).toBe('positive');
    expect(matchReason('maturity', { maturity: 'research' }).sign).toBe('neutral');
  });
});
