import { mayViewMatches, matchesUrl, reasonText, scorePercent, scoreTone, SCORE_TONES, workbenchUrl } from './match.model';

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

  it('gives each tone its colour and a Chinese label', () => {
    expect(SCORE_TONES.strong).toEqual({ color: '#389e0d', label: { zh: '高度匹配', en: 'Strong match' } });
    expect(SCORE_TONES.good.color).toBe('#1677ff');
    expect(SCORE_TONES.fair.label.zh).toBe('一般匹配');
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

describe('reasonText', () => {
  it('keeps the server’s Chinese for Chinese readers', () => {
    expect(reasonText('关键词：充电桩、功率', 'zh')).toBe('关键词：充电桩、功率');
  });

  it('translates the known reasons for English readers', () => {
    expect(reasonText('领域一致：新材料', 'en')).toBe('Same field: New materials');
    expect(reasonText('关键词：充电桩、功率', 'en')).toBe('Keywords: 充电桩, 功率');
    expect(reasonText('报价在预算内', 'en')).toBe('Price within budget');
    expect(reasonText('报价面议', 'en')).toBe('Price negotiable');
    expect(reasonText('报价120万元，高于预算上限100万元', 'en')).toBe("Price 120万元 above the budget's top 100万元");
    expect(reasonText('成熟度：中试', 'en')).toBe('Maturity: Pilot');
    expect(reasonText('合作方式：许可、合作开发', 'en')).toBe('Cooperation: License, Co-development');
    expect(reasonText('同在瑞安市', 'en')).toBe('Both in 瑞安市');
  });

  it('leaves an unknown reason as it is', () => {
    expect(reasonText('团队有产业化经验', 'en')).toBe('团队有产业化经验');
  });
});
