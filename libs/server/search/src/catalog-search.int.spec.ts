import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { createTestApp, testCreditCode, TEST_STAFF, eventually as waitFor } from '@market/server/platform/testing';
import { SearchPort } from '@market/server/platform';
import { Accounts, IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, Organizations } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { CatalogIndex, SearchModule } from './index';

// Integration: real Postgres (own database, real migrations), Redis (outbox drain jobs) and
// Meilisearch (own index prefix), through configureApp.
let app: INestApplication;
let n = 0;
const http = () => request(app.getHttpServer());
const tokens: Record<string, string> = {};

async function signUp(key: string, role: string, org: { name: string; kind: string }) {
  const res = await http()
    .post('/api/auth/register')
    .set('X-Forwarded-For', `10.5.0.${++n}`)
    .send({ email: `${key}-${Date.now()}@example.com`, password: 'password-1234', name: key, role, organization: org.kind === 'enterprise' ? { ...org, creditCode: testCreditCode() } : org })
    .expect(201);
  tokens[key] = res.body.accessToken;
  // a new organization waits for the bureau's verification; these tests start from verified ones
  await app.get(Organizations).verify(TEST_STAFF, res.body.user.organization.id, 'approve');
}

const as = (key: string) => ({ Authorization: `Bearer ${tokens[key]}` });

function achievement(overrides: Record<string, unknown> = {}) {
  return {
    title: '一种钙钛矿光伏组件的柔性封装工艺',
    summary: '采用低温层压与阻水膜复合结构，组件在湿热老化1000小时后效率保持率超过95%，适用于建筑光伏一体化和便携电源。',
    field: 'new_energy',
    keywords: ['钙钛矿', '光伏组件', '柔性封装'],
    maturity: 'pilot',
    transferModes: ['license', 'transfer'],
    askingPrice: 1_200_000,
    patents: [{ number: 'CN202310123456.6', type: 'invention' }],
    region: '瑞安市',
    inventors: ['周明', '林晓'],
    ...overrides,
  };
}

const need = (overrides: Record<string, unknown> = {}) => ({
  title: '鞋底胶粘剂挥发性有机物超标，寻求水性替代方案',
  description: '现有溶剂型胶粘剂VOC排放超标，希望找到粘接强度相当、可在现有产线使用的水性胶粘剂及工艺。',
  field: 'new_materials',
  keywords: ['水性胶粘剂', 'VOC', '制鞋'],
  budgetMin: 200_000,
  budgetMax: 800_000,
  deadline: new Date(Date.now() + 90 * 24 * 3600 * 1000).toISOString(),
  region: '鹿城区',
  cooperationModes: ['co_development'],
  ...overrides,
});

/** Waits for a condition (the shared `eventually`); returns how long it took. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<number> {
  const t0 = Date.now();
  await waitFor(check, (ok) => ok, timeoutMs);
  return Date.now() - t0;
}

const searchIds = async (path: string) => (await http().get(path).expect(200)).body.items.map((i: { id: string }) => i.id) as string[];

beforeAll(async () => {
  app = await createTestApp('catalog', {
    entities: [...IDENTITY_ENTITIES, ...NOTIFICATIONS_ENTITIES, ...CATALOG_ENTITIES],
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS],
    modules: [IdentityModule, NotificationsModule, CatalogModule, SearchModule],
  });
  await signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  // a colleague joins the same university with an invitation from its admin
  const invitation = await http().post('/api/organizations/mine/invitations').set(as('researcher')).send({}).expect(201);
  const colleague = await http()
    .post('/api/auth/register')
    .set('X-Forwarded-For', `10.5.0.${++n}`)
    .send({ email: `colleague-${Date.now()}@example.com`, password: 'password-1234', name: 'colleague', role: 'researcher', invitationCode: invitation.body.code })
    .expect(201);
  tokens['colleague'] = colleague.body.accessToken;
  await signUp('outsider', 'researcher', { name: '东海研究院', kind: 'institute' });
  await signUp('enterprise', 'enterprise', { name: '温州鞋材有限公司', kind: 'enterprise' });
  await app.get(Accounts).ensureStaff('staff@catalog.test', 'staff-password');
  const login = await http().post('/api/auth/login').send({ email: 'staff@catalog.test', password: 'staff-password' }).expect(200);
  tokens['staff'] = login.body.accessToken;
});

afterAll(async () => {
  await app.close();
});

describe('achievement review flow, visibility and search', () => {
  let id: string;

  it('creates a draft that only its organization and staff can see', async () => {
    const res = await http().post('/api/achievements').set(as('researcher')).send(achievement()).expect(201);
    id = res.body.id;
    expect(res.body).toMatchObject({ status: 'draft', askingPrice: 1_200_000, organization: { name: '瓯江大学', kind: 'university' }, publishedAt: null });
    await http().get(`/api/achievements/${id}`).expect(404);
    await http().get(`/api/achievements/${id}`).set(as('outsider')).expect(404);
    await http().get(`/api/achievements/${id}`).set(as('colleague')).expect(200);
    await http().get(`/api/achievements/${id}`).set(as('staff')).expect(200);
  });

  it('lets only the owner organization edit, and only while draft or rejected', async () => {
    await http().patch(`/api/achievements/${id}`).set(as('outsider')).send({ title: '改名' }).expect(404);
    const edited = await http().patch(`/api/achievements/${id}`).set(as('colleague')).send({ askingPrice: null }).expect(200);
    expect(edited.body.askingPrice).toBeNull();
    await http().post(`/api/achievements/${id}/submit`).set(as('researcher')).expect(200);
    const conflict = await http().patch(`/api/achievements/${id}`).set(as('researcher')).send({ title: '再改' }).expect(409);
    expect(conflict.body.code).toBe('CATALOG.STATUS_CONFLICT');
    await http().post(`/api/achievements/${id}/submit`).set(as('researcher')).expect(409);
  });

  it('puts it in the staff review queue; only staff may review', async () => {
    const queue = await http().get('/api/achievements/review-queue').set(as('staff')).expect(200);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(id);
    await http().get('/api/achievements/review-queue').set(as('researcher')).expect(403);
    await http().post(`/api/achievements/${id}/review`).set(as('researcher')).send({ decision: 'approve' }).expect(403);
    await http().post(`/api/achievements/${id}/review`).set(as('staff')).send({ decision: 'maybe' }).expect(400);
  });

  // The 2-second promise is measured by tools/bench/approve-lag.ts; here we wait for the condition.
  it('publishes on approval, tells the owner, and becomes searchable by a Chinese sub-word', async () => {
    const res = await http().post(`/api/achievements/${id}/review`).set(as('staff')).send({ decision: 'approve', comment: '材料齐全' }).expect(200);
    expect(res.body.status).toBe('published');
    expect(res.body.publishedAt).not.toBeNull();
    await eventually(async () => (await searchIds('/api/achievements?q=' + encodeURIComponent('光伏'))).includes(id));
    await http().get(`/api/achievements/${id}`).expect(200);
    const inbox = await http().get('/api/notifications').set(as('researcher')).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ kind: 'review_result', link: `/achievements/${id}`, readAt: null });
    expect(inbox.body.unread).toBeGreaterThanOrEqual(1);
    // only the owner of a notification may mark it read
    await http().post(`/api/notifications/${inbox.body.items[0].id}/read`).set(as('colleague')).expect(404);
    const read = await http().post(`/api/notifications/${inbox.body.items[0].id}/read`).set(as('researcher')).expect(200);
    expect(read.body.readAt).not.toBeNull();
  });

  it('highlights the matched terms, escaped', async () => {
    const res = await http().get('/api/achievements?q=' + encodeURIComponent('钙钛矿')).expect(200);
    const hit = res.body.items.find((i: { id: string }) => i.id === id);
    expect(hit._highlight.title).toContain('<mark>');
    expect(hit).not.toHaveProperty('segments');
    expect(typeof res.body.processingTimeMs).toBe('number');
  });

  it('disappears from search after archiving', async () => {
    // a published item is visible to all, so another organization is told 403, not 404
    await http().post(`/api/achievements/${id}/archive`).set(as('outsider')).expect(403);
    const res = await http().post(`/api/achievements/${id}/archive`).set(as('staff')).expect(200);
    expect(res.body.status).toBe('archived');
    await eventually(async () => !(await searchIds('/api/achievements?q=' + encodeURIComponent('钙钛矿'))).includes(id));
    await http().get(`/api/achievements/${id}`).expect(404);
    await http().post(`/api/achievements/${id}/archive`).set(as('staff')).expect(409);
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
    expect(mine.body.total).toBeGreaterThanOrEqual(2);
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
  ])('rejects %s with 400 naming the field', async (_l, overrides, field) => {
    const res = await http().post('/api/achievements').set(as('researcher')).send(achievement(overrides));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('answers 401 without a token and 403 for the wrong role', async () => {
    await http().post('/api/achievements').send(achievement()).expect(401);
    await http().post('/api/achievements').set(as('enterprise')).send(achievement()).expect(403);
    await http().post('/api/needs').set(as('researcher')).send(need()).expect(403);
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    await http().get('/api/achievements/00000000-0000-4000-8000-000000000000').expect(404);
    await http().get('/api/achievements/not-a-uuid').expect(400);
  });

  it('checks need budgets and deadlines', async () => {
    const range = await http().post('/api/needs').set(as('enterprise')).send(need({ budgetMin: 900_000, budgetMax: 100_000 })).expect(400);
    expect(JSON.stringify(range.body.message)).toContain('budgetMin');
    const past = await http().post('/api/needs').set(as('enterprise')).send(need({ deadline: '2020-01-01' })).expect(400);
    expect(JSON.stringify(past.body.message)).toContain('deadline');
  });
});

describe('need search with facets and filters', () => {
  it('finds published needs by Chinese text and filters them by field, region and budget', async () => {
    const ids: string[] = [];
    for (const body of [need(), need({ title: '低压断路器寿命测试自动化改造', description: '希望把断路器机械寿命和电寿命试验从人工记录改为自动采集和判定，缩短测试周期。', field: 'advanced_manufacturing', keywords: ['断路器', '寿命测试'], region: '乐清市', budgetMin: 1_000_000, budgetMax: 3_000_000 })]) {
      const created = await http().post('/api/needs').set(as('enterprise')).send(body).expect(201);
      await http().post(`/api/needs/${created.body.id}/submit`).set(as('enterprise')).expect(200);
      await http().post(`/api/needs/${created.body.id}/review`).set(as('staff')).send({ decision: 'approve' }).expect(200);
      ids.push(created.body.id);
    }
    await eventually(async () => (await http().get('/api/needs').expect(200)).body.total === 2);
    const res = await http().get('/api/needs?q=' + encodeURIComponent('胶粘剂')).expect(200);
    expect(res.body.items.map((i: { id: string }) => i.id)).toEqual([ids[0]]);
    const all = await http().get('/api/needs').expect(200);
    expect(all.body.facets.field).toEqual({ new_materials: 1, advanced_manufacturing: 1 });
    expect(all.body.facets.region).toEqual({ 鹿城区: 1, 乐清市: 1 });
    expect((await searchIds('/api/needs?field=advanced_manufacturing'))).toEqual([ids[1]]);
    expect((await searchIds('/api/needs?minBudget=900000'))).toEqual([ids[1]]);
    expect((await searchIds('/api/needs?sort=budget_desc'))).toEqual([ids[1], ids[0]]);
    await http().get('/api/needs?sort=cheapest').expect(400);
    await http().get('/api/needs?pageSize=101').expect(400);
  });

  it('rebuilds the index from Postgres with reindex', async () => {
    await app.get(SearchPort).index('needs').deleteAllDocuments().waitTask();
    expect((await http().get('/api/needs').expect(200)).body.total).toBe(0);
    const counts = await app.get(CatalogIndex).reindex();
    expect(counts.need).toBe(2);
    expect((await http().get('/api/needs').expect(200)).body.total).toBe(2);
  });
});
