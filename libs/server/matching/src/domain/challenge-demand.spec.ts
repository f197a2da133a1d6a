import type { Challenge } from '@market/contracts';
import { challengeAsNeed } from './challenge-demand';

const challenge: Challenge = {
  id: 'c1',
  title: '高盐废水零排放蒸发结晶技术攻关',
  description: '化工园区高盐废水处理成本高，需要低能耗的蒸发结晶工艺。',
  requirements: ['吨水能耗不高于 35 kWh', '结晶盐纯度不低于 98%'],
  field: 'energy_saving',
  bounty: 800_000,
  deadline: '2027-03-31T16:00:00.000Z',
  region: '龙湾区',
  criteria: [{ name: '技术先进性', weight: 100 }],
  status: 'open',
  organization: { id: 'o1', name: '温州某化工有限公司', kind: 'enterprise' },
  reviewComment: null,
  applicationCount: 0,
  winner: null,
  announcementEndsAt: null,
  awardedAt: null,
  failedNote: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  publishedAt: '2026-12-01T00:00:00.000Z',
};

describe('challengeAsNeed', () => {
  it('matches on the problem and its technical indicators, with the bounty as the budget', () => {
    const need = challengeAsNeed(challenge);
    expect(need.description).toContain('吨水能耗不高于 35 kWh');
    expect(need.description).toContain('低能耗的蒸发结晶工艺');
    expect(need).toMatchObject({ title: challenge.title, field: 'energy_saving', budgetMin: 0, budgetMax: 800_000, region: '龙湾区', organization: { id: 'o1' } });
    expect(need.cooperationModes.length).toBeGreaterThan(1);
  });
});
