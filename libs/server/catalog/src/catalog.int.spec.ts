import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { achievementBody, createTestApp, needBody, TestMarket } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { LISTING_ACTION_FROM } from '@market/contracts';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS, ListingQueries } from './index';

// Integration: the review flow over HTTP against the real Postgres (own database, real
// migrations) and Redis (outbox), without search: what the catalog itself promises.
let app: INestApplication;
const market = new TestMarket(() => app);
const http = () => market.http();
const as = (key: string) => market.as(key);

const achievement = (o: Record<string, unknown> = {}) =>
  achievementBody({
    title: '一种钙钛矿光伏组件的柔性封装工艺',
    summary: '采用低温层压与阻水膜复合结构，组件在湿热老化1000小时后效率保持率超过95%，适用于建筑光伏一体化和便携电源。',
    keywords: ['钙钛矿', '光伏组件', '柔性封装'],
    askingPrice: 1_200_000,
    patents: [{ number: 'CN202310123456.6', type: 'invention' }],
    ...o,
  });

beforeAll(async () => {
  app = await createTestApp('catalog_flow', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS],
    modules: [IdentityModule, NotificationsModule, CatalogModule],
  });
  await market.staff();
  await market.signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  // a colleague joins the same university with an invitation from its admin
  const invitation = await http().post('/api/organizations/mine/invitations').set(as('researcher')).send({}).expect(201);
  await market.join('colleague', 'researcher', invitation.body.code);
  await market.signUp('outsider', 'researcher', { name: '东海研究院', kind: 'institute' });
  await market.signUp('enterprise', 'enterprise', { name: '温州鞋材有限公司', kind: 'enterprise' });
  await market.signUp('unverified', 'researcher', { name: '待认证研究所', kind: 'institute' }, { verified: false });
});

afterAll(async () => {
  await app.close();
});

describe('the review flow', () => {
  let id: string;

  it('creates a draft that only its organization and staff can see, with its organization named', async () => {
    const res = await http().post('/api/achievements').set(as('researcher')).send(achievement()).expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', askingPrice: 1_200_000, organization: { name: '瓯江大学', kind: 'university' }, publishedAt: null });
    await http().get(`/api/achievements/${id}`).expect(404);
    await http().get(`/api/achievements/${id}`).set(as('outsider')).expect(404);
    await http().get(`/api/achievements/${id}`).set(as('colleague')).expect(200);
    await http().get(`/api/achievements/${id}`).set(as('staff')).expect(200);
  });

  it('lets only the owner organization edit and submit, and only while draft or rejected', async () => {
    await http().patch(`/api/achievements/${id}`).set(as('outsider')).send({ title: '改名' }).expect(404);
    // staff see the draft but do not write for an organization (LISTING_ACTORS): 403, not 409
    const byStaff = await http().patch(`/api/achievements/${id}`).set(as('staff')).send({ title: '科技局改名' }).expect(403);
    expect(byStaff.body).toMatchObject({ code: 'CATALOG.NOT_OWNER', message: '只有发布单位可以修改该成果' });
    const edited = await http().patch(`/api/achievements/${id}`).set(as('colleague')).send({ askingPrice: null }).expect(200);
    expect(edited.body.askingPrice).toBeNull();
    await http().post(`/api/achievements/${id}/submit`).set(as('researcher')).expect(200);
    const conflict = await http().patch(`/api/achievements/${id}`).set(as('researcher')).send({ title: '再改' }).expect(409);
    expect(conflict.body).toMatchObject({ code: 'CATALOG.STATUS_CONFLICT', message: '当前状态为「待审核」，不能修改', params: { status: '待审核', statusEn: 'pending_review' } });
    await http().post(`/api/achievements/${id}/submit`).set(as('researcher')).expect(409);
  });

  it('puts it in the staff review queue; only staff review, and a rejection must say why', async () => {
    const queue = await http().get('/api/achievements/review-queue').set(as('staff')).expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(id);
    await http().get('/api/achievements/review-queue').set(as('researcher')).expect(403);
    await http().post(`/api/achievements/${id}/review`).set(as('researcher')).send({ decision: 'approve' }).expect(403);
    await http().post(`/api/achievements/${id}/review`).set(as('staff')).send({ decision: 'maybe' }).expect(400);
    const bare = await http().post(`/api/achievements/${id}/review`).set(as('staff')).send({ decision: 'reject', comment: '  ' }).expect(400);
    expect(bare.body.code).toBe('PLATFORM.VALIDATION');
    expect(JSON.stringify(bare.body.message)).toContain('comment');
  });

  it('publishes on approval and tells the owner organization', async () => {
    const res = await http().post(`/api/achievements/${id}/review`).set(as('staff')).send({ decision: 'approve', comment: '材料齐全' }).expect(200);
    expect(res.body).toMatchObject({ status: 'published', reviewComment: '材料齐全' });
    expect(res.body.publishedAt).not.toBeNull();
    await http().get(`/api/achievements/${id}`).expect(200);
    const inbox = await http().get('/api/notifications').set(as('researcher')).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'review_result', link: `/achievements/${id}`, readAt: null });
    const [changed] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE payload->>'id' = $1 AND topic = 'catalog.published'`, [id]);
    expect(changed.n).toBe(1);
  });

  it('archives from every status the shared rule names, by the owner or staff, and never twice', async () => {
    expect(LISTING_ACTION_FROM.archive).toEqual(['draft', 'pending_review', 'published', 'rejected']);
    // a published item is visible to all, so another organization is told 403, not 404
    await http().post(`/api/achievements/${id}/archive`).set(as('outsider')).expect(403);
    const published = await http().post(`/api/achievements/${id}/archive`).set(as('staff')).expect(200);
    expect(published.body.status).toBe('archived');
    await http().get(`/api/achievements/${id}`).expect(404);
    await http().post(`/api/achievements/${id}/archive`).set(as('staff')).expect(409);
    const draft = await http().post('/api/achievements').set(as('researcher')).send(achievement({ title: '一份不再需要的草稿' })).expect(201);
    expect((await http().post(`/api/achievements/${draft.body.id}/archive`).set(as('colleague')).expect(200)).body.status).toBe('archived');
  });

  it('lets a rejected item be edited and submitted again', async () => {
    const created = await http().post('/api/achievements').set(as('researcher')).send(achievement({ title: '一种高精度注塑模具温控系统', field: 'advanced_manufacturing' })).expect(201);
    const rid = created.body.id;
    await http().post(`/api/achievements/${rid}/submit`).set(as('researcher')).expect(200);
    const rejected = await http().post(`/api/achievements/${rid}/review`).set(as('staff')).send({ decision: 'reject', comment: '请补充专利证书' }).expect(200);
    expect(rejected.body).toMatchObject({ status: 'rejected', reviewComment: '请补充专利证书' });
    await http().patch(`/api/achievements/${rid}`).set(as('researcher')).send({ summary: '补充了专利证书与中试数据，温控精度达到正负0.5摄氏度。' }).expect(200);
    const again = await http().post(`/api/achievements/${rid}/submit`).set(as('researcher')).expect(200);
    expect(again.body.status).toBe('pending_review');
    const mine = await http().get('/api/achievements/mine').set(as('colleague')).expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([rid, id]));
  });

  it('publishes nothing of an organization the bureau has not verified', async () => {
    const created = await http().post('/api/achievements').set(as('unverified')).send(achievement({ title: '未认证单位的成果' })).expect(201);
    await http().post(`/api/achievements/${created.body.id}/submit`).set(as('unverified')).expect(200);
    const refused = await http().post(`/api/achievements/${created.body.id}/review`).set(as('staff')).send({ decision: 'approve' }).expect(409);
    expect(refused.body).toMatchObject({ code: 'CATALOG.ORG_NOT_VERIFIED', message: '发布单位尚未通过机构认证，不能发布该成果' });
  });
});

describe('the review queue\'s filters and batch decisions', () => {
  const submitted = async (title: string, o: Record<string, unknown> = {}) => {
    const created = await http().post('/api/achievements').set(as('researcher')).send(achievement({ title, ...o })).expect(201);
    await http().post(`/api/achievements/${created.body.id}/submit`).set(as('researcher')).expect(200);
    return created.body.id as string;
  };
  const queue = async (query: Record<string, string>) =>
    (await http().get('/api/achievements/review-queue').query(query).set(as('staff')).expect(200)).body as { items: Array<{ id: string }>; total: number };

  it('narrows the queue by title words, field and region, and orders it either way', async () => {
    const first = await submitted('批量审核测试：第一项 100%_纯度', { field: 'biomedicine', region: '乐清市' });
    const second = await submitted('批量审核测试：第二项', { field: 'biomedicine', region: '瑞安市' });
    expect((await queue({ q: '批量审核测试' })).items.map((i) => i.id)).toEqual([first, second]);
    expect((await queue({ q: '批量审核测试', sort: 'newest' })).items.map((i) => i.id)).toEqual([second, first]);
    expect((await queue({ q: '批量审核测试', region: '瑞安市' })).items.map((i) => i.id)).toEqual([second]);
    expect((await queue({ q: '批量审核测试', field: 'new_energy' })).total).toBe(0);
    // % and _ are the characters themselves, not wildcards
    expect((await queue({ q: '100%_' })).items.map((i) => i.id)).toEqual([first]);
    expect((await queue({ q: '%' })).items.map((i) => i.id)).toEqual([first]);
    await http().get('/api/achievements/review-queue').query({ field: 'astrology' }).set(as('staff')).expect(400);
    await http().get('/api/achievements/review-queue').query({ sort: 'random' }).set(as('staff')).expect(400);
  });

  it('narrows 我的成果 by status and title words, for the organization only', async () => {
    const pending = await submitted('我的成果筛选：待审核的一项');
    const drafted = (await http().post('/api/achievements').set(as('researcher')).send(achievement({ title: '我的成果筛选：草稿一项' })).expect(201)).body.id;
    const mine = async (query: Record<string, string>, who = 'researcher') =>
      ((await http().get('/api/achievements/mine').query(query).set(as(who)).expect(200)).body.items as Array<{ id: string }>).map((i) => i.id);
    expect(await mine({ q: '我的成果筛选', status: 'draft' })).toEqual([drafted]);
    expect(await mine({ q: '我的成果筛选', status: 'pending_review' })).toEqual([pending]);
    expect(await mine({ q: '我的成果筛选' })).toEqual([drafted, pending]);
    // a colleague sees the organization's, an outsider nothing of it
    expect(await mine({ q: '我的成果筛选' }, 'colleague')).toEqual([drafted, pending]);
    expect(await mine({ q: '我的成果筛选' }, 'outsider')).toEqual([]);
    await http().get('/api/achievements/mine').query({ status: 'sold' }).set(as('researcher')).expect(400);
  });

  it('approves several with one comment, each on its own: one decided meanwhile answers 409 and the others pass', async () => {
    const ids = [await submitted('批量审核：甲'), await submitted('批量审核：乙'), await submitted('批量审核：丙')];
    await http().post(`/api/achievements/${ids[1]}/review`).set(as('staff')).send({ decision: 'reject', comment: '先行驳回' }).expect(200);
    const res = await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids, decision: 'approve', comment: '材料齐全，同意发布' }).expect(200);
    expect(res.body.items.map((i: { id: string; ok: boolean }) => [i.id, i.ok])).toEqual([
      [ids[0], true],
      [ids[1], false],
      [ids[2], true],
    ]);
    expect(res.body.items[0].status).toBe('published');
    expect(res.body.items[1].error).toMatchObject({ statusCode: 409, code: 'CATALOG.STATUS_CONFLICT' });
    const one = await http().get(`/api/achievements/${ids[2]}`).expect(200);
    expect(one.body).toMatchObject({ status: 'published', reviewComment: '材料齐全，同意发布' });
    const [audited] = await app.get(DataSource).query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'catalog.review' AND subject_id = ANY($1::text[])`, [ids]);
    expect(audited.n).toBe(3); // the earlier single rejection and the two batch approvals
  });

  it('refuses a batch rejection without a reason, a batch that is too long or repeats an id, and callers other than staff', async () => {
    const id = await submitted('批量审核：丁');
    await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids: [id], decision: 'reject' }).expect(400);
    await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids: [id, id], decision: 'approve' }).expect(400);
    await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids: Array.from({ length: 51 }, () => crypto.randomUUID()), decision: 'approve' }).expect(400);
    await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids: ['not-a-uuid'], decision: 'approve' }).expect(400);
    await http().post('/api/achievements/review-batch').set(as('researcher')).send({ ids: [id], decision: 'approve' }).expect(403);
    const missing = await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids: [crypto.randomUUID()], decision: 'approve' }).expect(200);
    expect(missing.body.items[0]).toMatchObject({ ok: false, error: { statusCode: 404 } });
    const rejected = await http().post('/api/achievements/review-batch').set(as('staff')).send({ ids: [id], decision: 'reject', comment: '请补充专利证书' }).expect(200);
    expect(rejected.body.items[0]).toMatchObject({ ok: true, status: 'rejected' });
  });
});

describe('validation and roles at the edge', () => {
  it.each([
    ['a patent number with a wrong check character', { patents: [{ number: 'CN202310123456.7', type: 'invention' }] }, 'patents'],
    ['an unknown field', { field: 'magic' }, 'field'],
    ['a negative price', { askingPrice: -1 }, 'askingPrice'],
    ['a fractional price', { askingPrice: 10.5 }, 'askingPrice'],
    ['an unknown property', { secret: 1 }, 'secret'],
    ['an unknown region', { region: '杭州市' }, 'region'],
    ['an empty transfer mode list', { transferModes: [] }, 'transferModes'],
    ['a 100,000-character title', { title: '长'.repeat(100_000) }, 'title'],
  ])('rejects %s with 400 naming the field, in Chinese', async (_l, overrides, field) => {
    const res = await http().post('/api/achievements').set(as('researcher')).send(achievement(overrides));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
    expect(JSON.stringify(res.body.message)).toMatch(/\p{Script=Han}/u);
  });

  it('answers 401 without a token and 403 for the wrong role', async () => {
    await http().post('/api/achievements').send(achievement()).expect(401);
    await http().post('/api/achievements').set(as('enterprise')).send(achievement()).expect(403);
    await http().post('/api/needs').set(as('researcher')).send(needBody()).expect(403);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await http().get('/api/achievements/00000000-0000-4000-8000-000000000000').expect(404);
    await http().get('/api/achievements/not-a-uuid').expect(400);
  });

  it('checks need budgets and deadlines on the market’s calendar', async () => {
    const range = await http().post('/api/needs').set(as('enterprise')).send(needBody({ budgetMin: 900_000, budgetMax: 100_000 })).expect(400);
    expect(range.body).toMatchObject({ code: 'CATALOG.BUDGET_RANGE', message: 'budgetMin：预算下限不能高于上限' });
    const past = await http().post('/api/needs').set(as('enterprise')).send(needBody({ deadline: '2020-01-01' })).expect(400);
    expect(past.body.code).toBe('CATALOG.DEADLINE_PAST');
    // today itself has already come for the need's readers: only a later day is accepted
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    await http().post('/api/needs').set(as('enterprise')).send(needBody({ deadline: today })).expect(400);
  });
});

describe('ListingQueries, the read face for other contexts', () => {
  it('answers achievement cards by id and the demo seeders’ picks, published only', async () => {
    const published = await market.publish('achievements', 'researcher', achievement({ title: '用于读取接口的已发布成果' }));
    const draft = (await http().post('/api/achievements').set(as('researcher')).send(achievement({ title: '用于读取接口的草稿' })).expect(201)).body.id;
    const queries = app.get(ListingQueries);
    const cards = await queries.achievements([published, draft, '00000000-0000-4000-8000-000000000000']);
    expect([...cards.keys()].sort()).toEqual([published, draft].sort());
    expect(cards.get(published)).toMatchObject({ title: '用于读取接口的已发布成果', status: 'published', organizationId: market.users['researcher'].organizationId, askingPrice: 1_200_000 });
    const newest = await queries.publishedAchievements(1, 'newest');
    expect(newest.map((a) => a.id)).toEqual([published]);
  });
});
