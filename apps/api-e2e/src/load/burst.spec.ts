import { Client } from 'pg';
import { prepareMarket, runBurst, type BurstResult, type PreparedMarket } from '../support/market-burst';
import { freePort, freshDatabase, http, Proc, STAFF, startApi } from '../support/processes';

/**
 * A busy morning against the built API and the real services (issue: a burst of approvals during
 * an auction once deadlocked the database pool): 1,000 achievements approved by 16 staff clients
 * at once, each fitting one of 12 published needs, while 30 enterprises bid on a live lot. The
 * platform must keep answering, deliver every side effect exactly once and hold no transaction open.
 */
jest.setTimeout(900_000);

const ACHIEVEMENTS = 1000;
let api: Proc;
let base: string;
let databaseUrl: string;
let market: PreparedMarket;
let result: BurstResult;
let db: Client;

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  databaseUrl = await freshDatabase('burst');
  const stamp = Date.now();
  api = await startApi('burst', port, {
    DATABASE_URL: databaseUrl,
    MEILI_URL: process.env['MEILI_URL'] ?? '',
    MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? '',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `burst-${stamp}`,
    SEARCH_INDEX_PREFIX: `burst_${stamp}_`,
  });
  const prepared = Date.now();
  market = await prepareMarket(base, { staff: STAFF, achievements: ACHIEVEMENTS, bidders: 30, approvers: 16 });
  const t0 = Date.now();
  result = await runBurst(base, databaseUrl, market, { drainTimeoutMs: 300_000 });
  const worst = (xs: Array<{ ms: number }>) => Math.max(...xs.map((x) => x.ms)).toFixed(0);
  process.stdout.write(
    `[burst] prepared in ${((t0 - prepared) / 1000).toFixed(0)} s; ${ACHIEVEMENTS} approvals in ${(result.burstMs / 1000).toFixed(1)} s, outbox drained after ${((result.drainedMs ?? NaN) / 1000).toFixed(1)} s; ` +
      `health worst ${worst(result.health)} ms over ${result.health.length}, search worst ${worst(result.search)} ms over ${result.search.length}; ` +
      `bids ${JSON.stringify(result.bids.statuses)}; longest idle in transaction ${result.longestIdleInTransaction.toFixed(2)} s\n`,
  );
  db = new Client({ connectionString: databaseUrl });
  await db.connect();
});

afterAll(async () => {
  await db?.end();
  await api?.stop('SIGKILL');
});

it('approves every listing and drains the outbox to zero', async () => {
  expect(result.approvalStatuses).toEqual({ 200: ACHIEVEMENTS });
  expect(result.drainedMs).not.toBeNull();
  const { rows } = await db.query(`SELECT count(*) FILTER (WHERE processed_at IS NULL)::int AS pending, count(*)::int AS total FROM outbox`);
  expect(rows[0].pending).toBe(0);
  // a changed and a published event per approval, at least
  expect(rows[0].total).toBeGreaterThanOrEqual(2 * ACHIEVEMENTS);
});

it('keeps /api/health and search answering within a second throughout', () => {
  expect(result.health.length).toBeGreaterThan(10);
  expect(result.search.length).toBeGreaterThan(10);
  for (const probe of [result.health, result.search]) {
    expect(probe.filter((s) => s.status !== 200)).toEqual([]);
    expect(Math.max(...probe.map((s) => s.ms))).toBeLessThan(1000);
  }
});

it('lets the bidders bid throughout, with a valid bid log', async () => {
  expect(result.bids.accepted).toBeGreaterThan(30);
  expect(Object.keys(result.bids.statuses).sort()).toEqual(expect.arrayContaining(['201']));
  for (const status of Object.keys(result.bids.statuses)) expect(['201', '409']).toContain(status);
  const lot = (await http(base, 'GET', `/api/lots/${market.lotId}`)).body;
  expect(lot['bidCount']).toBe(result.bids.accepted);
  expect((await http(base, 'GET', `/api/lots/${market.lotId}/bids/verify`)).body['valid']).toBe(true);
});

it('delivers every expected new-match notification exactly once', async () => {
  const { rows } = await db.query(`SELECT user_id, link, count(*)::int AS n FROM notifications WHERE kind = 'new_match' GROUP BY user_id, link`);
  const got = new Map(rows.map((r) => [`${r.user_id} ${r.link}`, r.n as number]));
  const missing: string[] = [];
  for (const a of market.pending) {
    const need = market.needs.find((n) => n.topic === a.topic);
    const n = got.get(`${need?.userId} /achievements/${a.id}`);
    if (n !== 1) missing.push(`${a.id} (topic ${a.topic}): ${n ?? 0}`);
  }
  expect(missing).toEqual([]);
  expect(rows.filter((r) => r.n !== 1)).toEqual([]);
});

it('never leaves a session of the app idle in a transaction for more than 5 s', () => {
  expect(result.longestIdleInTransaction).toBeLessThanOrEqual(5);
});
