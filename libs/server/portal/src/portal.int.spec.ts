import type { INestApplication } from '@nestjs/common';
import { currentYear } from '@market/shared/time';
import { achievementBody, createTestApp, TestMarket } from '@market/server/platform/testing';
import { AUCTIONS_ENTITIES, AUCTIONS_MIGRATIONS } from '@market/server/auctions';
import { CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { DEALS_ENTITIES, DEALS_MIGRATIONS } from '@market/server/deals';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { ROADSHOWS_ENTITIES, ROADSHOWS_MIGRATIONS } from '@market/server/roadshows';
import { PortalModule, PORTAL_MIGRATIONS } from './index';
import { CHALLENGES_MIGRATIONS } from '@market/server/challenges';

// Integration: real Postgres (migrations) and Redis (the change counters), over HTTP.
let app: INestApplication;
let market: TestMarket;
const http = () => market.http();
const as = (key: string) => market.as(key);

const portal = async () => (await http().get('/api/portal').expect(200)).body;

beforeAll(async () => {
  app = await createTestApp('portal', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...AUCTIONS_ENTITIES, ...ROADSHOWS_ENTITIES, ...DEALS_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...AUCTIONS_MIGRATIONS, ...ROADSHOWS_MIGRATIONS, ...DEALS_MIGRATIONS, ...PORTAL_MIGRATIONS, ...CHALLENGES_MIGRATIONS],
    modules: [NotificationsModule, PortalModule],
  });
  market = new TestMarket(app);
  await market.staff();
  await market.signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/portal', () => {
  it('answers the front page to anyone, the same answer again while nothing changed', async () => {
    const first = await portal();
    expect(first).toMatchObject({
      figures: { achievements: expect.any(Number), needs: expect.any(Number), challenges: 0, organizations: expect.any(Number), auctionsHeld: expect.any(Number), year: { year: currentYear() } },
      latest: { achievements: expect.any(Array), needs: expect.any(Array), challenges: [] },
      upcoming: { auctions: expect.any(Array), roadshows: expect.any(Array) },
      announcements: expect.any(Array),
    });
    const again = await portal();
    expect(again.generatedAt).toBe(first.generatedAt);
  });

  it('counts a newly published achievement and lists it first at once: the publication drops the cached answer', async () => {
    const before = await portal();
    const id = await market.publish('achievements', 'researcher', achievementBody({ title: '门户测试：高效钙钛矿叠层电池封装工艺', region: '瑞安市' }));
    const after = await portal();
    expect(after.figures.achievements).toBe(before.figures.achievements + 1);
    expect(after.latest.achievements[0]).toMatchObject({ id, title: '门户测试：高效钙钛矿叠层电池封装工艺', region: '瑞安市', organizationName: '瓯江大学' });
    expect(after.generatedAt).not.toBe(before.generatedAt);
  });

  it('counts verified organizations and follows the year\'s target when staff set it', async () => {
    const before = await portal();
    await market.signUp('enterprise', 'enterprise', { name: '门户测试企业有限公司', kind: 'enterprise' });
    const year = currentYear();
    await http().put(`/api/stats/targets/${year}`).set(as('staff')).send({ target: 8_000_000_000 }).expect(200);
    const after = await portal();
    expect(after.figures.organizations).toBe(before.figures.organizations + 1);
    expect(after.figures.year).toMatchObject({ year, target: 8_000_000_000, total: expect.any(Number) });
  });
});

describe('announcements', () => {
  const body = { title: '关于组织申报年度发明专利产业化项目的通知', kind: 'notice', body: '<p>各有关单位：请于月底前在线提交。</p>' };

  it('are written by staff only, with the body sanitized on the server, and audited', async () => {
    await http().post('/api/announcements').send(body).expect(401);
    await http().post('/api/announcements').set(as('researcher')).send(body).expect(403);
    const hostile = '<p onclick="x()">正文<script>alert(1)</script></p><img src=x onerror=alert(1)><a href="javascript:alert(1)">链接</a>';
    const { body: created } = await http().post('/api/announcements').set(as('staff')).send({ ...body, body: hostile }).expect(201);
    expect(created).toMatchObject({ kind: 'notice', pinned: false, excerpt: '正文 链接' });
    expect(created.body).toBe('<p>正文</p><a target="_blank" rel="noopener noreferrer">链接</a>');
    const { body: read } = await http().get(`/api/announcements/${created.id}`).expect(200);
    expect(read.body).toBe(created.body);
  });

  it('refuse a body with no words, an unknown kind and a title too long, with 400 and the field', async () => {
    const empty = await http().post('/api/announcements').set(as('staff')).send({ ...body, body: '<p><br></p><script>x</script>' }).expect(400);
    expect(empty.body.code).toBe('PORTAL.EMPTY_BODY');
    const kind = await http().post('/api/announcements').set(as('staff')).send({ ...body, kind: 'gossip' }).expect(400);
    expect(kind.body.code).toBe('PLATFORM.VALIDATION');
    await http().post('/api/announcements').set(as('staff')).send({ ...body, title: '长'.repeat(121) }).expect(400);
  });

  it('list pinned first, then newest, filter by kind, and show on the portal at once', async () => {
    const older = (await http().post('/api/announcements').set(as('staff')).send({ ...body, title: '置顶的政策法规', kind: 'policy', pinned: true }).expect(201)).body;
    const newer = (await http().post('/api/announcements').set(as('staff')).send({ ...body, title: '最新的通知' }).expect(201)).body;
    const list = (await http().get('/api/announcements?pageSize=50').expect(200)).body;
    expect(list.items[0].id).toBe(older.id);
    expect(list.items[1].id).toBe(newer.id);
    expect(list.items[0]).not.toHaveProperty('body');
    const policies = (await http().get('/api/announcements?kind=policy').expect(200)).body;
    expect(policies.items.map((a: { kind: string }) => a.kind)).toEqual(policies.items.map(() => 'policy'));
    expect(policies.total).toBe(1);
    expect((await portal()).announcements.slice(0, 2).map((a: { id: string }) => a.id)).toEqual([older.id, newer.id]);
  });

  it('are edited and deleted by staff; a deleted one is gone from the list and the portal', async () => {
    const { body: a } = await http().post('/api/announcements').set(as('staff')).send({ ...body, title: '待删除的通知' }).expect(201);
    await http().patch(`/api/announcements/${a.id}`).set(as('researcher')).send({ title: '改' }).expect(403);
    const { body: edited } = await http().patch(`/api/announcements/${a.id}`).set(as('staff')).send({ title: '已修改的通知', body: '<p>新的正文</p>' }).expect(200);
    expect(edited).toMatchObject({ title: '已修改的通知', body: '<p>新的正文</p>', excerpt: '新的正文' });
    await http().delete(`/api/announcements/${a.id}`).set(as('staff')).expect(204);
    await http().get(`/api/announcements/${a.id}`).expect(404);
    await http().delete(`/api/announcements/${a.id}`).set(as('staff')).expect(404);
    await http().get('/api/announcements/not-a-uuid').expect(400);
    expect((await portal()).announcements.map((x: { id: string }) => x.id)).not.toContain(a.id);
  });
});
