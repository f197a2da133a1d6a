import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { creditCode } from '../support/api';
import { marketClient, outboxPending, prepareMarket } from '../support/market-burst';
import { freePort, freshDatabase, http, meiliKey, Proc, STAFF, startApi, startMeili, startRedis, waitFor } from '../support/processes';

/**
 * Faults, with the real services stopped and started: each test runs the built API against a
 * Meilisearch and/or Redis of its own, so that stopping them disturbs nothing else.
 */
jest.setTimeout(180_000);

const procs: Proc[] = [];
afterEach(async () => {
  await Promise.all(procs.splice(0).map((p) => p.stop('SIGKILL')));
});

const achievementBody = (title: string) => ({
  title,
  summary: '用于故障演练的成果条目：验证服务中断期间写入不丢、恢复之后自动补齐。',
  field: 'advanced_manufacturing',
  keywords: ['故障演练'],
  maturity: 'pilot',
  transferModes: ['transfer'],
  askingPrice: 300_000,
  patents: [],
  region: '鹿城区',
  inventors: ['周'],
});

/** Staff and researcher tokens, and a helper that publishes an achievement. */
async function market(base: string) {
  const staff = (await http(base, 'POST', '/api/auth/login', STAFF)).body['accessToken'] as string;
  const stamp = `${Date.now()}-${Math.random()}`;
  // staff verify each new organization (机构认证) before it publishes or bids
  const verified = async (reg: { body: Record<string, any> }) => { // eslint-disable-line @typescript-eslint/no-explicit-any
    expect((await http(base, 'POST', `/api/organizations/${reg.body['user'].organization.id}/verify`, { decision: 'approve' }, staff)).status).toBe(200);
    return reg.body['accessToken'] as string;
  };
  const researcher = await verified(await http(base, 'POST', '/api/auth/register', { email: `r-${stamp}@faults.test`, password: 'faults-password', name: '研究员', role: 'researcher', organization: { name: '故障演练大学', kind: 'university' } }));
  const publish = async (title: string) => {
    const a = await http(base, 'POST', '/api/achievements', achievementBody(title), researcher);
    expect(a.status).toBe(201);
    expect((await http(base, 'POST', `/api/achievements/${a.body['id']}/submit`, undefined, researcher)).status).toBe(200);
    expect((await http(base, 'POST', `/api/achievements/${a.body['id']}/review`, { decision: 'approve' }, staff)).status).toBe(200);
    return a.body['id'] as string;
  };
  const bidders = async (auctionId: string, n: number) => {
    const tokens: string[] = [];
    for (let i = 0; i < n; i++) {
      const token = await verified(
        await http(base, 'POST', '/api/auth/register', { email: `e${i}-${stamp}@faults.test`, password: 'faults-password', name: `企业${i}`, role: 'enterprise', organization: { name: `故障演练企业${i}-${stamp}`, kind: 'enterprise', creditCode: creditCode() } }),
      );
      const r = await http(base, 'POST', `/api/auctions/${auctionId}/registrations`, { acceptTerms: true }, token);
      expect((await http(base, 'POST', `/api/auctions/${auctionId}/registrations/${r.body['id']}/confirm-deposit`, { amount: 0, reference: `FAULTS-${i}` }, staff)).status).toBe(200);
      tokens.push(token);
    }
    return tokens;
  };
  const auction = async (achievementId: string, endsInMs: number) => {
    const a = await http(base, 'POST', '/api/auctions', { title: '故障演练竞价', startsAt: new Date(Date.now() - 1000).toISOString(), extensionSeconds: 0, lots: [{ achievementId, startingPrice: 1000, increment: 10, deposit: 0, endsAt: new Date(Date.now() + endsInMs).toISOString() }] }, staff);
    expect(a.status).toBe(201);
    return { auctionId: a.body['id'] as string, lotId: a.body['lots'][0].id as string, endsAt: a.body['lots'][0].endsAt as string };
  };
  return { staff, researcher, publish, bidders, auction };
}

const searchIds = async (base: string, q: string) => ((await http(base, 'GET', `/api/achievements?q=${encodeURIComponent(q)}`)).body['items'] ?? []).map((i: { id: string }) => i.id);

it('Meilisearch down: writes succeed, search says 503 clearly, and the index catches up afterwards', async () => {
  const [meiliPort, port] = [await freePort(), await freePort()];
  const key = meiliKey();
  const dir = mkdtempSync(join(tmpdir(), 'meili-fault-'));
  let meili = await startMeili(meiliPort, dir, key);
  procs.push(meili);
  const base = `http://127.0.0.1:${port}`;
  procs.push(await startApi('meili', port, { DATABASE_URL: await freshDatabase('faults_meili'), MEILI_URL: `http://127.0.0.1:${meiliPort}`, MEILI_MASTER_KEY: key, REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: `faults-meili-${Date.now()}`, SEARCH_INDEX_PREFIX: 'faults_meili_' }));
  const m = await market(base);
  const before = await m.publish('故障前发布的数控机床成果');
  await waitFor('indexed before the fault', () => searchIds(base, '数控机床'), (ids) => ids?.includes(before));

  await meili.stop('SIGKILL');
  const during = await m.publish('故障期间发布的激光焊接成果');
  const search = await http(base, 'GET', '/api/achievements?q=激光焊接');
  expect(search.status).toBe(503);
  expect(search.body['message']).toContain('搜索服务暂时不可用');
  const health = await http(base, 'GET', '/api/health');
  expect(health.status).toBe(503);
  expect(JSON.stringify(health.body)).toContain('search');
  expect((await http(base, 'GET', `/api/achievements/${during}`)).status).toBe(200);

  meili = await startMeili(meiliPort, dir, key);
  procs.push(meili);
  await waitFor('indexed after recovery', () => searchIds(base, '激光焊接'), (ids) => ids?.includes(during), 60_000);
  expect(await searchIds(base, '数控机床')).toContain(before);
});

it('Redis down: reads and bids still work; due work is done when Redis is back, once', async () => {
  const [redisPort, port] = [await freePort(), await freePort()];
  let redis = await startRedis(redisPort);
  procs.push(redis);
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = await freshDatabase('faults_redis');
  procs.push(await startApi('redis', port, { DATABASE_URL: databaseUrl, MEILI_URL: process.env['MEILI_URL'] ?? '', MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? '', REDIS_URL: `redis://127.0.0.1:${redisPort}`, QUEUE_PREFIX: 'faults-redis', SEARCH_INDEX_PREFIX: `faults_redis_${Date.now()}_` }));
  const m = await market(base);
  const achievementId = await m.publish('Redis 故障期间竞价的成果');
  const { auctionId, lotId, endsAt } = await m.auction(achievementId, 6000);
  const [bidder] = await m.bidders(auctionId, 1);

  await redis.stop('SIGKILL');
  expect((await http(base, 'GET', `/api/auctions/${auctionId}`)).status).toBe(200);
  expect((await http(base, 'GET', `/api/achievements/${achievementId}`)).status).toBe(200);
  const bid = await http(base, 'POST', `/api/lots/${lotId}/bids`, { amount: 1000 }, bidder);
  expect(bid.status).toBe(201);
  // the end passes while Redis is down; the worker's own clock still closes the lot
  const closed = await waitFor('closed without Redis', () => http(base, 'GET', `/api/lots/${lotId}`).then((r) => r.body), (l) => l?.['status'] === 'closed', 20_000);
  expect(closed).toMatchObject({ result: 'sold', currentPrice: 1000 });
  expect(Date.now()).toBeGreaterThan(Date.parse(endsAt));

  // Redis comes back empty (its jobs lost): the sold event still reaches the outbox's consumers
  // once, and the bidder's result notification exists exactly once
  redis = await startRedis(redisPort);
  procs.push(redis);
  const inbox = await waitFor('one result notification', () => http(base, 'GET', '/api/notifications', undefined, bidder).then((r) => r.body['items']), (items) => Array.isArray(items) && items.some((n: { kind: string }) => n.kind === 'auction_result'));
  expect(inbox.filter((n: { kind: string }) => n.kind === 'auction_result')).toHaveLength(1);
  const health = await waitFor('healthy again', () => http(base, 'GET', '/api/health'), (r) => r?.status === 200);
  expect(health.body['status']).toBe('ok');
});

it('SIGKILL in the middle of 40 concurrent bids: every answered bid is kept, none is placed twice, the lot closes', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env = { DATABASE_URL: await freshDatabase('faults_kill'), MEILI_URL: process.env['MEILI_URL'] ?? '', MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? '', REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: `faults-kill-${Date.now()}`, SEARCH_INDEX_PREFIX: `faults_kill_${Date.now()}_` };
  let api = await startApi('kill', port, env);
  procs.push(api);
  const m = await market(base);
  const { auctionId, lotId } = await m.auction(await m.publish('断电演练拍品'), 25_000);
  const tokens = await m.bidders(auctionId, 40);

  // 40 bidders, each with its own key and a distinct amount; the process dies after the first answers
  const attempt = (i: number) => http(base, 'POST', `/api/lots/${lotId}/bids`, { amount: 1000 + 10 * i }, tokens[i], { 'Idempotency-Key': `kill-${i}` }).catch(() => null);
  const pending = tokens.map((_, i) => attempt(i));
  await Promise.race(pending);
  await api.stop('SIGKILL');
  const answers = await Promise.all(pending);
  const answered = answers.map((a, i) => ({ i, a })).filter((x) => x.a?.status === 201);

  api = await startApi('kill', port, env);
  procs.push(api);
  const log = (await http(base, 'GET', `/api/lots/${lotId}/bids`)).body['items'] as Array<{ seq: number; amount: number }>;
  for (const { a } of answered) expect(log.map((b) => b.seq)).toContain(a?.body['seq']);
  // retrying every bid with its key places those that never got in, and nothing twice
  const retried = await Promise.all(tokens.map((_, i) => attempt(i)));
  for (const { i, a } of answered) expect(retried[i]?.body['id']).toBe(a?.body['id']);
  const after = (await http(base, 'GET', `/api/lots/${lotId}/bids`)).body['items'] as Array<{ seq: number; amount: number }>;
  expect(new Set(after.map((b) => b.amount)).size).toBe(after.length);
  expect(after.map((b) => b.seq).sort((x, y) => x - y)).toEqual(after.map((_, k) => k + 1));
  expect((await http(base, 'GET', `/api/lots/${lotId}/bids/verify`)).body['valid']).toBe(true);
  const lot = (await http(base, 'GET', `/api/lots/${lotId}`)).body;
  expect(lot['bidCount']).toBe(after.length);
  const closed = await waitFor('closed after restart', () => http(base, 'GET', `/api/lots/${lotId}`).then((r) => r.body), (l) => l?.['status'] === 'closed', 40_000);
  expect(closed).toMatchObject({ result: 'sold', currentPrice: Math.max(...after.map((b) => b.amount)) });
});

it('SIGTERM: requests in flight get their answers, then the process exits cleanly', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = await freshDatabase('faults_term');
  const api = await startApi('term', port, { DATABASE_URL: databaseUrl, MEILI_URL: process.env['MEILI_URL'] ?? '', MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? '', REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: `faults-term-${Date.now()}`, SEARCH_INDEX_PREFIX: `faults_term_${Date.now()}_` });
  procs.push(api);
  const m = await market(base);
  const { auctionId, lotId } = await m.auction(await m.publish('平滑停机演练拍品'), 120_000);
  const tokens = await m.bidders(auctionId, 20);
  const pending = tokens.map((t, i) =>
    http(base, 'POST', `/api/lots/${lotId}/bids`, { amount: 1000 + 10 * i }, t, { 'Idempotency-Key': `term-${i}` }).then(
      (r) => r.status,
      (e: Error & { cause?: { code?: string } }) => e.cause?.code ?? e.message,
    ),
  );
  await new Promise((r) => setTimeout(r, 20));
  const exit = api.stop('SIGTERM');
  const outcomes = await Promise.all(pending);
  // Nest closes the app (HTTP server, workers, connections), then re-raises the signal
  expect([0, 'SIGTERM']).toContain(await exit);
  // each request got an HTTP answer, or the connection was refused or reset before the server
  // read it (a keep-alive socket closing as idle): then nothing of it was done
  for (const o of outcomes) expect([201, 409, 'ECONNREFUSED', 'ECONNRESET']).toContain(o);
  expect(outcomes.filter((o) => o === 201).length).toBeGreaterThan(0);
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(`SELECT idempotency_key FROM bids WHERE lot_id = $1`, [lotId]);
    const placed = new Set(rows.map((r) => r.idempotency_key));
    outcomes.forEach((o, i) => expect([o, placed.has(`term-${i}`)]).toEqual([o, o === 201]));
  } finally {
    await db.end();
  }
});

it('SIGKILL in the middle of a drain: after a restart every claimed row is delivered, each effect exactly once', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = await freshDatabase('faults_drain');
  const stamp = Date.now();
  const env = {
    DATABASE_URL: databaseUrl,
    MEILI_URL: process.env['MEILI_URL'] ?? '',
    MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? '',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `faults-drain-${stamp}`,
    SEARCH_INDEX_PREFIX: `faults_drain_${stamp}_`,
    // a short lease, so that the rows the dead process held come back within seconds
    OUTBOX_LEASE_SECONDS: '4',
  };
  let api = await startApi('drain', port, env);
  procs.push(api);
  const market = await prepareMarket(base, { staff: STAFF, achievements: 240, needs: 4, bidders: 0, approvers: 8 });
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // what preparing the market caused is delivered first, so that the drain killed below is the approvals'
    await waitFor('the preparation drained', () => outboxPending(db), (n) => n === 0, 60_000);
    const [{ last }] = (await db.query(`SELECT coalesce(max(id), 0) AS last FROM outbox`)).rows;
    const client = marketClient(base);
    let next = 0;
    const approvals = Promise.all(
      market.staffTokens.map(async (token) => {
        while (next < market.pending.length) {
          const a = market.pending[next++];
          await client.call('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, token).catch(() => null);
        }
      }),
    );
    // kill it once the drain has delivered some rows and holds leases on others
    const leased = await waitFor(
      'a drain under way',
      async () =>
        (await db.query(`SELECT count(*) FILTER (WHERE processed_at IS NOT NULL)::int AS done, array_agg(id) FILTER (WHERE processed_at IS NULL AND locked_until > now()) AS held FROM outbox WHERE id > $1`, [last])).rows[0],
      (r) => r?.done > 0 && (r.held?.length ?? 0) > 0,
      60_000,
    );
    await api.stop('SIGKILL');
    await approvals;
    client.close();
    const held: string[] = leased.held;

    api = await startApi('drain', port, env);
    procs.push(api);
    await waitFor('the outbox drained after the restart', () => outboxPending(db), (n) => n === 0, 120_000);
    // the dead process's claims were taken over once their lease lapsed, and delivered
    const { rows: takenOver } = await db.query(`SELECT id, attempts, processed_at IS NOT NULL AS done FROM outbox WHERE id = ANY($1::bigint[])`, [held]);
    expect(takenOver.length).toBe(held.length);
    for (const r of takenOver) expect(r).toMatchObject({ done: true, attempts: expect.any(Number) });
    expect(takenOver.some((r) => r.attempts >= 2)).toBe(true);
    // every published achievement told its need's owner once, and nothing was told twice
    const pendingIds = market.pending.map((a) => a.id);
    const { rows: published } = await db.query(`SELECT payload->>'id' AS id FROM outbox WHERE topic = 'catalog.published' AND payload->>'id' = ANY($1)`, [pendingIds]);
    expect(published.length).toBeGreaterThan(0);
    const { rows: told } = await db.query(`SELECT user_id, link, count(*)::int AS n FROM notifications WHERE kind = 'new_match' GROUP BY user_id, link`);
    const byPair = new Map(told.map((r) => [`${r.user_id} ${r.link}`, r.n as number]));
    for (const { id } of published) {
      const topic = market.pending.find((a) => a.id === id)?.topic;
      const need = market.needs.find((n) => n.topic === topic);
      expect([id, byPair.get(`${need?.userId} /achievements/${id}`)]).toEqual([id, 1]);
    }
    expect(told.filter((r) => r.n !== 1)).toEqual([]);
    // and every published achievement (with the lot's) is in the search index
    const found = await waitFor('all indexed', () => http(base, 'GET', '/api/achievements?pageSize=1'), (r) => r?.body['total'] >= published.length + 1);
    expect(found.body['total']).toBe(published.length + 1);
  } finally {
    await db.end();
  }
});

it('SIGTERM while handlers are stuck on a lock: the process still exits within 10 s', async () => {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const databaseUrl = await freshDatabase('faults_stuck');
  const stamp = Date.now();
  const api = await startApi('stuck', port, {
    DATABASE_URL: databaseUrl,
    MEILI_URL: process.env['MEILI_URL'] ?? '',
    MEILI_MASTER_KEY: process.env['MEILI_MASTER_KEY'] ?? '',
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `faults-stuck-${stamp}`,
    SEARCH_INDEX_PREFIX: `faults_stuck_${stamp}_`,
  });
  procs.push(api);
  const market = await prepareMarket(base, { staff: STAFF, achievements: 40, needs: 2, bidders: 0, approvers: 4 });
  const locker = new Client({ connectionString: databaseUrl });
  await locker.connect();
  try {
    // every new-match notification now waits on this lock (a notification's key check on its user
    // row), as handlers stuck on a slow database would; the approvals themselves notify other
    // users and go through
    await locker.query('BEGIN');
    await locker.query('SELECT 1 FROM users WHERE id = ANY($1) FOR UPDATE', [market.needs.map((n) => n.userId)]);
    const client = marketClient(base);
    await Promise.all(market.pending.map((a, i) => client.ok('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, market.staffTokens[i % 4])));
    client.close();
    await waitFor('handlers stuck on the lock', async () => (await http(base, 'GET', '/api/health')).body['outbox'], (o) => o?.handlersRunning > 0);
    const t0 = Date.now();
    const exit = await api.stop('SIGTERM');
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(exit).not.toBeNull();
  } finally {
    await locker.query('ROLLBACK').catch(() => undefined);
    await locker.end();
  }
});
