import fc from 'fast-check';
import { CHALLENGE_STATUSES, bountyBand } from './challenges';
import { CHALLENGE_ACTIONS, CHALLENGE_TRANSITIONS, criteriaProblem, meanScore, nextChallengeStatus, rankOrder, scoresProblem, weightedTotal } from './challenge-rules';

const criteria = [
  { name: '技术先进性', weight: 40 },
  { name: '经济可行性', weight: 30 },
  { name: '团队能力', weight: 30 },
];

describe('the challenge status machine', () => {
  it('walks draft → pending_review → open → evaluating → announced → awarded', () => {
    expect(nextChallengeStatus('draft', 'submit')).toBe('pending_review');
    expect(nextChallengeStatus('pending_review', 'approve')).toBe('open');
    expect(nextChallengeStatus('open', 'close')).toBe('evaluating');
    expect(nextChallengeStatus('evaluating', 'award')).toBe('announced');
    expect(nextChallengeStatus('announced', 'finalize')).toBe('awarded');
  });

  it('sends an upheld objection back to evaluating, fails only from evaluating, and edits only drafts and rejections', () => {
    expect(nextChallengeStatus('announced', 'uphold')).toBe('evaluating');
    expect(nextChallengeStatus('evaluating', 'fail')).toBe('failed');
    expect(nextChallengeStatus('open', 'fail')).toBeNull();
    expect(nextChallengeStatus('announced', 'fail')).toBeNull();
    expect(nextChallengeStatus('rejected', 'edit')).toBe('rejected');
    expect(nextChallengeStatus('open', 'edit')).toBeNull();
    expect(nextChallengeStatus('open', 'archive')).toBeNull();
  });

  it('ends in awarded, failed and archived, which nothing leaves', () => {
    for (const end of ['awarded', 'failed', 'archived'] as const) {
      expect(CHALLENGE_TRANSITIONS[end]).toEqual([]);
      for (const action of CHALLENGE_ACTIONS) expect(nextChallengeStatus(end, action)).toBeNull();
    }
  });

  it('lists exactly the moves the actions allow', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CHALLENGE_STATUSES), fc.constantFrom(...CHALLENGE_ACTIONS), (status, action) => {
        const to = nextChallengeStatus(status, action);
        return to === null || to === status || CHALLENGE_TRANSITIONS[status].includes(to);
      }),
    );
  });
});

describe('criteria', () => {
  it('takes 1 to 10 named criteria whose integer weights sum to 100', () => {
    expect(criteriaProblem(criteria)).toBeNull();
    expect(criteriaProblem([{ name: '综合', weight: 100 }])).toBeNull();
    expect(criteriaProblem([])).toBe('count');
    expect(criteriaProblem(Array.from({ length: 11 }, (_, i) => ({ name: `项${i}`, weight: i === 0 ? 90 : 1 })))).toBe('count');
    expect(criteriaProblem([{ name: ' ', weight: 100 }])).toBe('name');
    expect(criteriaProblem([{ name: '技术', weight: 50 }, { name: '技术', weight: 50 }])).toBe('duplicate');
    expect(criteriaProblem([{ name: '技术', weight: 50.5 }, { name: '价格', weight: 49.5 }])).toBe('weight');
    expect(criteriaProblem([{ name: '技术', weight: 60 }, { name: '价格', weight: 30 }])).toBe('sum');
  });
});

describe('scores', () => {
  it('asks for every criterion, and only those, as integers 0..100', () => {
    expect(scoresProblem(criteria, { 技术先进性: 90, 经济可行性: 80, 团队能力: 0 })).toBeNull();
    expect(scoresProblem(criteria, { 技术先进性: 90, 经济可行性: 80 })).toEqual({ kind: 'missing', criterion: '团队能力' });
    expect(scoresProblem(criteria, { 技术先进性: 90, 经济可行性: 80, 团队能力: 70, 颜值: 1 })).toEqual({ kind: 'unknown', criterion: '颜值' });
    expect(scoresProblem(criteria, { 技术先进性: 101, 经济可行性: 80, 团队能力: 70 })).toEqual({ kind: 'range', criterion: '技术先进性' });
    expect(scoresProblem(criteria, { 技术先进性: 9.5, 经济可行性: 80, 团队能力: 70 })).toEqual({ kind: 'range', criterion: '技术先进性' });
  });

  it('weighs each reviewer’s scores and averages the reviewers', () => {
    expect(weightedTotal(criteria, { 技术先进性: 90, 经济可行性: 80, 团队能力: 70 })).toBe(81);
    expect(meanScore([81, 70])).toBe(75.5);
    expect(meanScore([])).toBeNull();
    expect(meanScore([100 / 3])).toBe(33.33);
  });

  it('keeps every weighted total between the lowest and the highest score', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 3, maxLength: 3 }), (values) => {
        const total = weightedTotal(criteria, { 技术先进性: values[0], 经济可行性: values[1], 团队能力: values[2] });
        return total >= Math.min(...values) - 0.01 && total <= Math.max(...values) + 0.01;
      }),
    );
  });

  it('ranks the scored by score, then the unscored, a tie to the earlier application', () => {
    const ranked = rankOrder([
      { id: 'late-tie', score: 80, createdAt: '2026-12-02T00:00:00Z' },
      { id: 'unscored', score: null, createdAt: '2026-12-01T00:00:00Z' },
      { id: 'best', score: 92.5, createdAt: '2026-12-03T00:00:00Z' },
      { id: 'early-tie', score: 80, createdAt: '2026-12-01T00:00:00Z' },
    ]);
    expect(ranked.map((r) => r.id)).toEqual(['best', 'early-tie', 'late-tie', 'unscored']);
  });
});

describe('bountyBand', () => {
  it('puts each bounty in one band of the hall’s facet', () => {
    expect(bountyBand(50_000)).toBe('under_100k');
    expect(bountyBand(100_000)).toBe('100k_500k');
    expect(bountyBand(800_000)).toBe('500k_1m');
    expect(bountyBand(2_000_000)).toBe('1m_5m');
    expect(bountyBand(20_000_000)).toBe('over_5m');
  });
});
