import { matchReason } from '@market/contracts';
import { mayViewMatches, matchesUrl, reasonTag, scorePercent, scoreTone, SCORE_TONES, workbenchUrl } from './match.model';

describe('scorePercent', () => {
  it('rounds a 0..1 score to a whole percent', () => {
    expect(scorePercent(0)).toBe(0);
    expect(scorePercent(0.5)).toBe(50);
    expect(scorePercent(0.834)).toBe(83);
    expect(scorePercent(0.835)).toBe(84);
    expect(scorePercent(0.999)).toBe(100);
    expect(scorePercent(1)).toBe(100);
  });

  it('clamps out-of-range scores and treats non-numbers as 0', () => {
    expect(scorePercent(1.2)).toBe(100);
    expect(scorePercent(-0.1)).toBe(0);
    expect(scorePercent(Number.NaN)).toBe(0);
    expect(scorePercent(null)).toBe(0);
    expect(scorePercent(undefined)).toBe(0);
  });
});

describe('scoreTone', () => {
  it('is strong from 75 %, good from 50 %, fair below, on the rounded percent', () => {
    expect(scoreTone(0.92)).toBe('strong');
    expect(scoreTone(0.75)).toBe('strong');
    expect(scoreTone(0.745)).toBe('strong'); // shows as 75 %
    expect(scoreTone(0.744)).toBe('good');
    expect(scoreTone(0.5)).toBe('good');
    expect(scoreTone(0.49)).toBe('fair');
    expect(scoreTone(0)).toBe('fair');
  });

  it('gives each tone its colour and the key of its label', () => {
    expect(SCORE_TONES.strong).toEqual({ color: '#237804', label: 'catalog.scoreBar.strong' });
    expect(SCORE_TONES.good.color).toBe('#0958d9');
    expect(SCORE_TONES.fair.label).toBe('catalog.scoreBar.fair');
  });
});

describe('mayViewMatches', () => {
  const own = { id: 'org-1' };
  const other = { id: 'org-2' };
  const published = { status: 'published', organization: own };

  it('lets the listing’s own organization, brokers and staff see the matches', () => {
    expect(mayViewMatches({ role: 'enterprise', organization: own }, published)).toBe(true);
    expect(mayViewMatches({ role: 'researcher', organization: own }, published)).toBe(true);
    expect(mayViewMatches({ role: 'broker', organization: other }, published)).toBe(true);
    expect(mayViewMatches({ role: 'staff', organization: other }, published)).toBe(true);
  });

  it('hides them from other organizations and from visitors', () => {
    expect(mayViewMatches({ role: 'enterprise', organization: other }, published)).toBe(false);
    expect(mayViewMatches({ role: 'researcher', organization: other }, published)).toBe(false);
    expect(mayViewMatches(null, published)).toBe(false);
    expect(mayViewMatches({ role: 'staff', organization: other }, null)).toBe(false);
  });

  it('shows nothing until the listing is published', () => {
    for (const status of ['draft', 'pending_review', 'rejected', 'archived']) {
      expect(mayViewMatches({ role: 'staff', organization: other }, { status, organization: own })).toBe(false);
      expect(mayViewMatches({ role: 'enterprise', organization: own }, { status, organization: own })).toBe(false);
    }
  });
});

describe('match URLs', () => {
  it('asks the API of the listing’s kind, with a limit', () => {
    expect(matchesUrl('needs', 'n-1')).toBe('/api/needs/n-1/matches?limit=10');
    expect(matchesUrl('achievements', 'a/b', 5)).toBe('/api/achievements/a%2Fb/matches?limit=5');
    expect(workbenchUrl()).toBe('/api/matches/workbench?limit=20');
  });
});

describe('reasonTag', () => {
  // what the server sends for a pair (GET /api/needs/:id/matches → explanations)
  const explanations = [
    matchReason('same_field', { field: 'new_materials' }),
    matchReason('keywords', { keywords: ['防附着', '网箱'] }),
    matchReason('price_above_budget', { askingPrice: 1_200_000, budgetMax: 1_000_000 }),
    matchReason('maturity', { maturity: 'pilot' }),
    matchReason('cooperation_modes', { modes: ['license', 'co_development'] }),
    matchReason('same_region', { region: '瑞安市' }),
  ];

  it('words the reasons in Chinese exactly as the API’s reasons[]', () => {
    expect(explanations.map((r) => reasonTag(r, 'zh')).map((t) => t.text + (t.quoted ?? ''))).toEqual([
      '领域一致：新材料',
      '关键词：防附着、网箱',
      '报价120万元，高于预算上限100万元',
      '成熟度：中试',
      '合作方式：许可、合作开发',
      '同在瑞安市',
    ]);
  });

  it('words the same data in English, the users’ own words as written', () => {
    expect(explanations.map((r) => reasonTag(r, 'en')).map((t) => t.text + (t.quoted ?? ''))).toEqual([
      'Same field: New materials',
      'Keywords: 防附着, 网箱',
      "Price ¥1,200,000 above the budget's top ¥1,000,000",
      'Maturity: Pilot',
      'Cooperation: License, Co-development',
      "Both in Rui'an City",
    ]);
  });

  it('keeps the quoted keywords apart from the market\'s words, to be marked as user content', () => {
    expect(reasonTag(explanations[1], 'en')).toMatchObject({ text: 'Keywords: ', quoted: '防附着, 网箱' });
    expect(reasonTag(explanations[1], 'zh')).toMatchObject({ text: '关键词：', quoted: '防附着、网箱' });
    expect(reasonTag(explanations[0], 'en')).toMatchObject({ text: 'Same field: New materials', quoted: null });
  });

  it('colours a reason by its sign: green for the match, orange against it, grey for a fact', () => {
    expect(explanations.map((r) => reasonTag(r, 'zh').color)).toEqual(['green', 'green', 'orange', 'default', 'green', 'green']);
    expect(reasonTag(matchReason('price_negotiable', {}), 'en')).toEqual({ text: 'Price negotiable', quoted: null, color: 'default', sign: 'neutral' });
    expect(reasonTag(matchReason('price_within_budget', {}), 'zh')).toEqual({ text: '报价在预算内', quoted: null, color: 'green', sign: 'positive' });
  });
});
