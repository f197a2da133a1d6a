import type { INestApplication } from '@nestjs/common';
import { createTestApp, TestMarket, eventually as waitFor } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@market/server/identity';
import { NotificationsModule, NOTIFICATIONS_ENTITIES, NOTIFICATIONS_MIGRATIONS } from '@market/server/notifications';
import { CatalogModule, CATALOG_ENTITIES, CATALOG_MIGRATIONS } from '@market/server/catalog';
import { CandidateSearch, CatalogIndex, SearchModule } from './index';
import { NEEDS_INDEX } from './domain/documents';
import { MeiliIndexes } from './infrastructure/meili-indexes';
import { CHALLENGES_MIGRATIONS } from '@market/server/challenges';

// Integration: real Postgres (own database, real migrations), Redis (outbox drain jobs) and
// Meilisearch (own index prefix), through configureApp. The review flow itself is tested in
// libs/server/catalog; here: what search makes of it.
let app: INestApplication;
const market = new TestMarket(() => app);
const http = () => market.http();
const as = (key: string) => market.as(key);

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
    migrations: [...IDENTITY_MIGRATIONS, ...NOTIFICATIONS_MIGRATIONS, ...CATALOG_MIGRATIONS, ...CHALLENGES_MIGRATIONS],
    modules: [IdentityModule, NotificationsModule, CatalogModule, SearchModule],
  });
  await market.staff();
  await market.signUp('researcher', 'researcher', { name: '瓯江大学', kind: 'university' });
  await market.signUp('enterprise', 'enterprise', { name: '温州鞋材有限公司', kind: 'enterprise' });
});

afterAll(async () => {
  await app.close();
});

describe('achievements in search', () => {
  let id: string;

  // The 2-second promise is measured by tools/bench/approve-lag.ts; here we wait for the condition.
  it('are searchable by a Chinese sub-word once approved, and not before', async () => {
    const created = await http().post('/api/achievements').set(as('researcher')).send(achievement()).expect(201);
    id = created.body.id;
    await http().post(`/api/achievements/${id}/submit`).set(as('researcher')).expect(200);
    expect(await searchIds('/api/achievements?q=' + encodeURIComponent('钙钛矿'))).not.toContain(id);
    await http().post(`/api/achievements/${id}/review`).set(as('staff')).send({ decision: 'approve' }).expect(200);
    await eventually(async () => (await searchIds('/api/achievements?q=' + encodeURIComponent('光伏'))).includes(id));
  });

  it('highlight the matched terms, escaped', async () => {
    const res = await http().get('/api/achievements?q=' + encodeURIComponent('钙钛矿')).expect(200);
    const hit = res.body.items.find((i: { id: string }) => i.id === id);
    expect(hit._highlight.title).toContain('<mark>');
    expect(hit).not.toHaveProperty('segments');
    expect(hit).not.toHaveProperty('related');
    expect(typeof res.body.processingTimeMs).toBe('number');
  });

  it('disappear from search after archiving', async () => {
    await http().post(`/api/achievements/${id}/archive`).set(as('staff')).expect(200);
    await eventually(async () => !(await searchIds('/api/achievements?q=' + encodeURIComponent('钙钛矿'))).includes(id));
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

  it('answers matching’s candidate queries in domain terms, with relevance and without index fields', async () => {
    const listed = (await http().get('/api/needs?sort=newest').expect(200)).body.items as Array<{ id: string; title: string; organization: { id: string } }>;
    const glue = listed.find((i) => i.title.includes('胶粘剂'));
    const breaker = listed.find((i) => i.title.includes('断路器'));
    const [byWords, byField, othersOnly, later, newest] = await app.get(CandidateSearch).needs([
      { text: '胶粘剂', limit: 10 },
      { field: 'advanced_manufacturing', limit: 10 },
      { excludeOrganizationId: glue?.organization.id, limit: 10 },
      { publishedSince: Date.now() + 60_000, limit: 10 },
      { publishedSince: Date.now() - 3_600_000, limit: 1 },
    ]);
    expect(byWords.map((c) => c.item.id)).toEqual([glue?.id]);
    expect(byWords[0].relevance).toBeGreaterThan(0);
    expect(byWords[0].relevance).toBeLessThanOrEqual(1);
    expect(byWords[0].item).not.toHaveProperty('segments');
    expect(byWords[0].item).not.toHaveProperty('publishedAtTs');
    expect(byField.map((c) => c.item.id)).toEqual([breaker?.id]);
    expect(othersOnly).toEqual([]);
    expect(later).toEqual([]);
    expect(newest.map((c) => c.item.id)).toEqual([listed[0].id]);
    expect(await app.get(CatalogIndex).stats('need')).toEqual({ documents: 2, indexing: false });
    // asked again, the same answer; once the index changes, the new one (answers are kept per index version)
    expect(await app.get(CandidateSearch).needs([{ text: '胶粘剂', limit: 10 }])).toEqual([byWords]);
    await app.get(MeiliIndexes).remove(NEEDS_INDEX, [glue?.id as string]);
    expect(await app.get(CandidateSearch).needs([{ text: '胶粘剂', limit: 10 }])).toEqual([[]]);
  });

  it('rebuilds the index from Postgres with reindex', async () => {
    await app.get(MeiliIndexes).clear(NEEDS_INDEX);
    expect((await http().get('/api/needs').expect(200)).body.total).toBe(0);
    const counts = await app.get(CatalogIndex).reindex();
    expect(counts.need).toBe(2);
    expect((await http().get('/api/needs').expect(200)).body.total).toBe(2);
  });

  it('finds a need by another term of a vocabulary group, the one that says the word first', async () => {
    // 胶粘剂 and 粘接 are not one group; 断路器 and 低压电器 are (libs/server/search/src/domain/vocabulary.ts)
    const ids = await searchIds('/api/needs?q=' + encodeURIComponent('开关电器'));
    const listed = (await http().get('/api/needs').expect(200)).body.items as Array<{ id: string; title: string }>;
    expect(ids).toEqual([listed.find((i) => i.title.includes('断路器'))?.id]);
  });

  it('re-indexes documents written before the newest search field', async () => {
    const index = app.get(CatalogIndex);
    const indexes = app.get(MeiliIndexes);
    expect(await index.resyncIfBehind()).toBe(false);
    // the published needs as an older version indexed them: the public item, no `related`
    const [items] = await app.get(CandidateSearch).needs([{ limit: 10 }]);
    await indexes.clear(NEEDS_INDEX);
    await indexes.upsert(NEEDS_INDEX, items.map((c) => ({ ...(c.item as unknown as Record<string, unknown>), id: c.item.id })));
    expect(await indexes.holdsDocumentsWithout(NEEDS_INDEX, 'related')).toBe(true);
    expect(await searchIds('/api/needs?q=' + encodeURIComponent('开关电器'))).toEqual([]);
    expect(await index.resyncIfBehind()).toBe(true);
    expect(await indexes.holdsDocumentsWithout(NEEDS_INDEX, 'related')).toBe(false);
    expect(await searchIds('/api/needs?q=' + encodeURIComponent('开关电器'))).toHaveLength(1);
  });
});
