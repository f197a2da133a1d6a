import { WORKBENCH_CALLS_PER_MINUTE } from './http/matches.controller';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { matchReasonText, type MatchReason } from '@market/contracts';
import { achievementBody, createTestApp, TestMarket, eventually } from '@market/server/platform/testing';
import { Outbox } from '@market/server/platform';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { TOPICS } from '@market/server/events';
import { SearchModule } from '@market/server/search';
import { MatchingModule } from './index';
import { NEW_MATCH_THRESHOLD } from './application/new-match-notifier';
import { CHALLENGES_MIGRATIONS } from '@market/server/challenges';

// Integration: real Postgres, Redis (outbox jobs) and Meilisearch, both directions of matching.
let app: INestApplication;
const market = new TestMarket(() => app);
const http = () => market.http();
const as = (key: string) => market.as(key);
const signUp = (key: string, role: 'researcher' | 'enterprise' | 'broker', org: { name: string; kind: 'university' | 'enterprise' | 'agency' }) => market.signUp(key, role, org);
const publish = (path: 'achievements' | 'needs', owner: string, body: Record<string, unknown>) => market.publish(path, owner, body);

const achievement = (o: Record<string, unknown>) => achievementBody({ summary: '面向新能源汽车充电设施的技术成果，已在多个站点完成中试验证，运行稳定。', ...o });

let charger: string;
let coating: string;
let needId: string;

beforeAll(async () => {
  app = await createTestApp('matching', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...CHALLENGES_MIGRATIONS],
    modules: [IdentityModule, NotificationsModule, CatalogModule, SearchModule, MatchingModule],
  });
  await signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  await signUp('enterprise', 'enterprise', { name: '瑞安充电设备有限公司', kind: 'enterprise' });
  await signUp('other', 'enterprise', { name: '鹿城鞋业有限公司', kind: 'enterprise' });
  await signUp('broker', 'broker', { name: '温州技术转移中心', kind: 'agency' });
  await market.staff();

  charger = await publish('achievements', 'researcher', achievement({ title: '大功率直流充电桩碳化硅功率模块', field: 'new_energy', keywords: ['充电桩', '功率模块', '碳化硅'] }));
  coating = await publish('achievements', 'researcher', achievement({ title: '皮革表面抗菌涂层', field: 'new_materials', keywords: ['抗菌涂层', '皮革'], summary: '银离子复合抗菌涂层，抗菌率99%，用于鞋面和箱包皮革。', region: '鹿城区' }));
  // the need below is matched when it is published, against what the index holds by then: the
  // achievements are published first, as they would be in a market that has them already
  await eventually(
    () => http().get('/api/achievements?pageSize=50'),
    (r) => r.status === 200 && [charger, coating].every((id) => r.body.items.some((a: { id: string }) => a.id === id)),
  );
  needId = await publish('needs', 'enterprise', {
    title: '充电桩功率模块散热与效率提升',
    description: '我司直流充电桩功率模块温升偏高、转换效率不足，希望引进碳化硅功率器件方案，把效率提升到96%以上。',
    field: 'new_energy',
    keywords: ['充电桩', '功率模块', '散热'],
    budgetMin: 300_000,
    budgetMax: 1_000_000,
    deadline: new Date(Date.now() + 120 * 24 * 3600 * 1000).toISOString(),
    region: '瑞安市',
    cooperationModes: ['license', 'co_development'],
  });
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/needs/:id/matches', () => {
  it('ranks the achievement that solves the need first, scored in 0..1, with Chinese reasons', async () => {
    const res = await eventually(
      () => http().get(`/api/needs/${needId}/matches?limit=5`).set(as('enterprise')),
      (r) => r.status === 200 && r.body.items.length >= 1,
    );
    const [best, ...rest] = res.body.items;
    expect(best.achievement.id).toBe(charger);
    expect(best.score).toBeGreaterThanOrEqual(NEW_MATCH_THRESHOLD);
    expect(best.score).toBeLessThanOrEqual(1);
    expect(best.reasons).toEqual(expect.arrayContaining(['领域一致：新能源', '报价在预算内', '成熟度：中试', '同在瑞安市']));
    expect(best.reasons.find((r: string) => r.startsWith('关键词：'))).toContain('充电桩');
    // the same reasons as data, for clients that word them themselves; reasons[] is their Chinese wording
    expect(best.explanations).toEqual(expect.arrayContaining([
      { code: 'same_field', sign: 'positive', params: { field: 'new_energy' } },
      { code: 'price_within_budget', sign: 'positive', params: {} },
      { code: 'maturity', sign: 'neutral', params: { maturity: 'pilot' } },
      { code: 'same_region', sign: 'positive', params: { region: '瑞安市' } },
    ]));
    expect(best.explanations.map((r: MatchReason) => matchReasonText(r, 'zh'))).toEqual(best.reasons);
    // the leather coating shares neither words nor field: it is not recommended above the fit
    const coatingMatch = rest.find((m: { achievement: { id: string } }) => m.achievement.id === coating);
    expect(coatingMatch === undefined || coatingMatch.score < best.score).toBe(true);
    expect(rest.every((m: { score: number }) => m.score <= best.score)).toBe(true);
  });

  it('lets the need’s organization, brokers and staff look, and nobody else', async () => {
    await http().get(`/api/needs/${needId}/matches`).expect(401);
    await http().get(`/api/needs/${needId}/matches`).set(as('other')).expect(403);
    await http().get(`/api/needs/${needId}/matches`).set(as('researcher')).expect(403);
    await http().get(`/api/needs/${needId}/matches`).set(as('broker')).expect(200);
    await http().get(`/api/needs/${needId}/matches`).set(as('staff')).expect(200);
    await http().get('/api/needs/00000000-0000-4000-8000-000000000000/matches').set(as('staff')).expect(404);
    await http().get(`/api/needs/${needId}/matches?limit=500`).set(as('staff')).expect(400);
  });
});

describe('GET /api/achievements/:id/matches', () => {
  it('finds the enterprise that needs it', async () => {
    const res = await eventually(
      () => http().get(`/api/achievements/${charger}/matches`).set(as('researcher')),
      (r) => r.status === 200 && r.body.items.length >= 1,
    );
    expect(res.body.items[0].need.id).toBe(needId);
    expect(res.body.items[0].reasons).toContain('领域一致：新能源');
    await http().get(`/api/achievements/${charger}/matches`).set(as('enterprise')).expect(403);
  });
});

describe('GET /api/matches/workbench', () => {
  it('shows brokers the strongest recent pairs, and nobody but brokers and staff', async () => {
    const res = await http().get('/api/matches/workbench').set(as('broker')).expect(200);
    expect(res.body.items[0]).toMatchObject({ need: { id: needId }, achievement: { id: charger } });
    expect(res.body.items[0].reasons.length).toBeGreaterThan(0);
    expect(res.body.items[0].explanations.map((r: MatchReason) => matchReasonText(r, 'zh'))).toEqual(res.body.items[0].reasons);
    await http().get('/api/matches/workbench').set(as('researcher')).expect(403);
    await http().get('/api/matches/workbench').expect(401);
  });

  it('limits each user to WORKBENCH_CALLS_PER_MINUTE calls, with Retry-After, and not the others', async () => {
    // the broker used one call above
    for (let i = 1; i < WORKBENCH_CALLS_PER_MINUTE; i++) await http().get('/api/matches/workbench?limit=1').set(as('broker')).expect(200);
    const refused = await http().get('/api/matches/workbench').set(as('broker')).expect(429);
    expect(refused.body.code).toBe('MATCHING.WORKBENCH_TOO_OFTEN');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    await http().get('/api/matches/workbench').set(as('staff')).expect(200);
  });
});

describe('new_match notifications', () => {
  it('tells the researcher about the new need that fits, once per pair even when re-published', async () => {
    const matchesOf = async () => {
      const res = await http().get('/api/notifications?pageSize=100').set(as('researcher')).expect(200);
      return res.body.items.filter((x: { kind: string; link: string }) => x.kind === 'new_match' && x.link === `/needs/${needId}`);
    };
    const first = await eventually(matchesOf, (items) => items.length >= 1);
    expect(first).toHaveLength(1);
    expect(first[0].title).toContain('充电桩功率模块散热与效率提升');
    // deliver the same publication event again: the pair must not be notified twice
    const outbox = app.get(Outbox);
    await app.get(DataSource).transaction((m) => outbox.add(m, TOPICS.catalogPublished, { kind: 'need', id: needId }));
    await outbox.drain();
    expect(await matchesOf()).toHaveLength(1);
  });

  it('does not lose a pair whose two sides are published at the same moment', async () => {
    // each side is matched against the index as it stands when its own publication is handled;
    // published together, neither may be searchable yet unless the notifier indexes its own first
    const [achievementId, pairedNeed] = await Promise.all([
      publish('achievements', 'researcher', achievement({ title: '海水养殖网箱防附着有机硅涂层', field: 'new_materials', keywords: ['防附着', '网箱', '有机硅涂层'], summary: '有机硅低表面能涂层涂覆于养殖网箱网衣，挂网12个月附着生物减少80%。' })),
      publish('needs', 'enterprise', {
        title: '养殖网箱附着生物清理成本高，寻求防附着涂层',
        description: '深水网箱网衣每季度需人工清理藤壶贻贝，寻求长效防附着有机硅涂层方案。',
        field: 'new_materials',
        keywords: ['防附着', '网箱'],
        budgetMin: 300_000,
        budgetMax: 800_000,
        deadline: new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString(),
        region: '瑞安市',
        cooperationModes: ['license'],
      }),
    ]);
    const told = async () => {
      const [lab, company] = await Promise.all([
        http().get('/api/notifications?pageSize=100').set(as('researcher')).expect(200),
        http().get('/api/notifications?pageSize=100').set(as('enterprise')).expect(200),
      ]);
      return [
        ...lab.body.items.filter((x: { kind: string; link: string }) => x.kind === 'new_match' && x.link === `/needs/${pairedNeed}`),
        ...company.body.items.filter((x: { kind: string; link: string }) => x.kind === 'new_match' && x.link === `/achievements/${achievementId}`),
      ];
    };
    expect((await eventually(told, (items) => items.length >= 1)).length).toBeGreaterThanOrEqual(1);
  });
});
