import type { INestApplication } from '@nestjs/common';
import { io, type Socket } from 'socket.io-client';
import { ME_SOCKET, type Todo, type TodoItem, type TodoKind } from '@market/contracts';
import { achievementBody, createTestApp, eventually, TestMarket } from '@market/server/platform/testing';
import { AUCTIONS_ENTITIES, AUCTIONS_MIGRATIONS } from '@market/server/auctions';
import { CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { DEALS_ENTITIES, DEALS_MIGRATIONS } from '@market/server/deals';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { ROADSHOWS_ENTITIES, ROADSHOWS_MIGRATIONS } from '@market/server/roadshows';
import { PortalModule, PORTAL_MIGRATIONS } from './index';
import { CHALLENGES_MIGRATIONS } from '@market/server/challenges';

// Integration: real Postgres (every context's queries), Redis (the nudges' pub/sub) and a real
// socket on a listening server. The database is new for this file, so counts start at zero.
let app: INestApplication;
let market: TestMarket;
let port: number;
const http = () => market.http();
const as = (key: string) => market.as(key);

const todo = async (key: string): Promise<Todo> => (await http().get('/api/me/todo').set(as(key)).expect(200)).body;
const item = (t: Todo, kind: TodoKind): TodoItem | undefined => t.items.find((i) => i.kind === kind);
const kinds = (t: Todo) => t.items.map((i) => i.kind);

const draft = async (title: string) => (await http().post('/api/achievements').set(as('researcher')).send(achievementBody({ title })).expect(201)).body.id as string;

beforeAll(async () => {
  app = await createTestApp('worklist', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES, ...AUCTIONS_ENTITIES, ...ROADSHOWS_ENTITIES, ...DEALS_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...AUCTIONS_MIGRATIONS, ...ROADSHOWS_MIGRATIONS, ...DEALS_MIGRATIONS, ...PORTAL_MIGRATIONS, ...CHALLENGES_MIGRATIONS],
    modules: [NotificationsModule, PortalModule],
  });
  await app.listen(0, '127.0.0.1');
  port = (app.getHttpServer().address() as { port: number }).port;
  market = new TestMarket(app);
  await market.staff();
  await market.signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  await market.signUp('enterprise', 'enterprise', { name: '瑞安工作台测试企业有限公司', kind: 'enterprise' });
  await market.signUp('broker', 'broker', { name: '温州技术转移中心', kind: 'agency' });
});

afterAll(async () => {
  await app.close();
});

describe('GET /api/me/todo', () => {
  it('is for signed-in callers only', async () => {
    await http().get('/api/me/todo').expect(401);
  });

  it('gives each role its own items, in a fixed order, with zero counts too', async () => {
    expect(kinds(await todo('staff'))).toEqual(['review', 'verification', 'deposits', 'registration', 'challenge_review', 'objections']);
    expect(kinds(await todo('researcher'))).toEqual(['drafts', 'rejected', 'matches', 'confirmations']);
    expect(kinds(await todo('enterprise'))).toEqual(['drafts', 'rejected', 'matches', 'confirmations', 'payments']);
    expect(kinds(await todo('broker'))).toEqual(['pipeline']);
    expect(await todo('broker')).toEqual({ total: 0, items: [{ kind: 'pipeline', count: 0, link: '/deals', entries: [] }] });
  });

  it('counts an organization\'s drafts and rejections with the reviewer\'s reason, and staff\'s queues', async () => {
    const kept = await draft('工作台测试：尚未提交的草稿成果');
    const submitted = await draft('工作台测试：等待审核的成果');
    await http().post(`/api/achievements/${submitted}/submit`).set(as('researcher')).expect(200);
    const refused = await draft('工作台测试：被驳回的成果');
    await http().post(`/api/achievements/${refused}/submit`).set(as('researcher')).expect(200);
    await http().post(`/api/achievements/${refused}/review`).set(as('staff')).send({ decision: 'reject', comment: '缺少专利证明材料' }).expect(200);
    await market.signUp('waiting', 'enterprise', { name: '待认证的测试企业有限公司', kind: 'enterprise' }, { verified: false });

    const lab = await todo('researcher');
    expect(item(lab, 'drafts')).toMatchObject({ count: 1, link: '/me/achievements?status=draft', entries: [{ title: '工作台测试：尚未提交的草稿成果', link: `/achievements/${kept}`, note: null }] });
    expect(item(lab, 'rejected')).toMatchObject({ count: 1, link: '/me/achievements?status=rejected', entries: [{ title: '工作台测试：被驳回的成果', link: `/achievements/${refused}`, note: '缺少专利证明材料' }] });
    expect(lab.total).toBe(lab.items.reduce((s, i) => s + i.count, 0));
    expect(lab.total).toBe(2);

    const staff = await todo('staff');
    expect(item(staff, 'review')).toMatchObject({ count: 1, link: '/review', entries: [{ title: '工作台测试：等待审核的成果', link: `/achievements/${submitted}` }] });
    expect(item(staff, 'verification')).toMatchObject({ count: 1, link: '/organizations/verification', entries: [{ title: '待认证的测试企业有限公司' }] });
    // another organization's drafts are not the enterprise's
    expect(item(await todo('enterprise'), 'drafts')).toMatchObject({ count: 0, entries: [] });
  });

  it('lists a registration waiting for its deposit to staff and to the bidder, until staff confirm it', async () => {
    const achievementId = await market.publish('achievements', 'researcher', achievementBody({ title: '工作台测试：拍卖标的成果' }));
    const startsAt = new Date(Date.now() + 3600_000).toISOString();
    const { body: auction } = await http()
      .post('/api/auctions')
      .set(as('staff'))
      .send({ title: '工作台测试专场', startsAt, lots: [{ achievementId, startingPrice: 100_000, increment: 10_000, deposit: 20_000, endsAt: new Date(Date.now() + 7200_000).toISOString() }] })
      .expect(201);
    const reg = await http().post(`/api/auctions/${auction.id}/registrations`).set(as('enterprise')).send({ acceptTerms: true }).expect(201);

    expect(item(await todo('enterprise'), 'payments')).toMatchObject({ count: 1, entries: [{ title: '工作台测试专场', link: `/auctions/${auction.id}` }] });
    expect(item(await todo('staff'), 'deposits')).toMatchObject({ count: 1, entries: [{ title: '工作台测试专场 · 瑞安工作台测试企业有限公司', link: `/auctions/${auction.id}` }] });

    await http().post(`/api/auctions/${auction.id}/registrations/${reg.body.id}/confirm-deposit`).set(as('staff')).send({ amount: 20_000, reference: 'TODO-TEST-1' }).expect(200);
    expect(item(await todo('enterprise'), 'payments')?.count).toBe(0);
    expect(item(await todo('staff'), 'deposits')?.count).toBe(0);
  });

  it('shows a broker the deals in progress', async () => {
    const achievementId = await market.publish('achievements', 'researcher', achievementBody({ title: '工作台测试：交易中的成果' }));
    const buyer = market.users['enterprise'].organizationId;
    const { body: deal } = await http().post('/api/deals').set(as('broker')).send({ achievementId, buyerOrganizationId: buyer }).expect(201);
    expect(item(await todo('broker'), 'pipeline')).toMatchObject({ count: 1, entries: [{ title: '工作台测试：交易中的成果', link: `/deals/${deal.id}`, stage: 'intent' }] });
  });
});

describe(`the ${ME_SOCKET.namespace} socket`, () => {
  const connect = (token?: string): Socket => io(`http://127.0.0.1:${port}${ME_SOCKET.namespace}`, { transports: ['websocket'], forceNew: true, auth: token ? { token } : {} });

  it('tells the researcher of a new draft, and staff only once it enters their review queue', async () => {
    const staff = connect(market.users['staff'].token);
    const lab = connect(market.users['researcher'].token);
    const heard = { staff: 0, lab: 0 };
    staff.on(ME_SOCKET.todoChanged, () => heard.staff++);
    lab.on(ME_SOCKET.todoChanged, () => heard.lab++);
    try {
      await eventually(() => staff.connected && lab.connected, (ok) => ok);
      const id = await draft('工作台测试：送审时提醒工作人员');
      await eventually(() => heard.lab, (n) => n >= 1);
      expect(heard.staff).toBe(0); // a draft is the organization's business only
      await http().post(`/api/achievements/${id}/submit`).set(as('researcher')).expect(200);
      await eventually(() => heard.staff, (n) => n >= 1);
      // what the nudge means is read over HTTP, with the caller's own rights
      expect(item(await todo('staff'), 'review')?.entries.some((e) => e.link === `/achievements/${id}`)).toBe(true);
    } finally {
      staff.close();
      lab.close();
    }
  });

  it('does not keep a connection without a valid token', async () => {
    const stranger = connect('not-a-token');
    try {
      await eventually(
        () => new Promise<string>((resolve) => stranger.once('disconnect', (reason) => resolve(reason))),
        (reason) => reason === 'io server disconnect',
      );
    } finally {
      stranger.close();
    }
  });
});
