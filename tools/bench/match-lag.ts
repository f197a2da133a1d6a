/**
 * New-match lag: from a staff approval's answer to the new-match notification of the need's owner,
 * for one approval on an idle server and for each of a burst of approvals from 16 staff clients at
 * once (docs/decisions/0006).
 *
 *   npm run build && tools/run-ts.sh tools/bench/match-lag.ts [--burst 200] [--idle 10]
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';
import { marketClient, percentile, prepareMarket, runBurst, type PreparedMarket } from '../../apps/api-e2e/src/support/market-burst';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const BURST = arg('burst', 200);
const IDLE = arg('idle', 10);
const SPLIT = process.argv.includes('--split');

/** When each achievement's need owner was told, by the database's clock (ms since epoch). */
async function toldAt(db: Client, market: PreparedMarket, ids: string[]): Promise<Map<string, number>> {
  const { rows } = await db.query(`SELECT link, user_id, extract(epoch FROM created_at) * 1000 AS at FROM notifications WHERE kind = 'new_match' AND link = ANY($1)`, [ids.map((id) => `/achievements/${id}`)]);
  const out = new Map<string, number>();
  for (const a of market.pending.filter((p) => ids.includes(p.id))) {
    const owner = market.needs.find((n) => n.topic === a.topic)?.userId;
    const row = rows.find((r) => r.link === `/achievements/${a.id}` && r.user_id === owner);
    if (row) out.set(a.id, Number(row.at));
  }
  return out;
}

async function waitTold(db: Client, market: PreparedMarket, ids: string[], timeoutMs: number): Promise<Map<string, number>> {
  const t0 = Date.now();
  for (;;) {
    const told = await toldAt(db, market, ids);
    if (told.size === ids.length) return told;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${ids.length - told.size} of ${ids.length} new-match notifications missing after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  // --split: the scale-out shape, an API process and a worker process (npm start runs both in one)
  const shared = { LOG_LEVEL: process.env['BENCH_LOG_LEVEL'] ?? 'error', REGISTER_RATE_LIMIT: '0', QUEUE_PREFIX: `bench-lag-${Date.now()}` };
  const server = await startServer({ name: 'bench_match_lag', port: 3193, env: { ...shared, ...(SPLIT ? { ROLE: 'api' } : {}) } });
  const worker = SPLIT ? await startServer({ name: 'bench_match_lag', port: 3194, env: { ...shared, LOG_LEVEL: 'info', ROLE: 'worker' }, fresh: false, waitHealthy: false }) : null;
  // a worker has no HTTP to ask: its log says when it takes work
  for (const t0 = Date.now(); worker && !readFileSync(worker.logFile, 'utf8').includes('worker started'); ) {
    if (Date.now() - t0 > 60_000) throw new Error(`the worker did not start in 60 s: see ${worker.logFile}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const db = new Client({ connectionString: server.databaseUrl });
  await db.connect();
  try {
    const market = await prepareMarket(server.url, { staff: E2E_STAFF, achievements: IDLE + BURST, bidders: 0, approvers: 16 });
    const idle = market.pending.slice(0, IDLE);
    const burst = { ...market, pending: market.pending.slice(IDLE) };

    // idle: one approval at a time, each waited for
    const api = marketClient(server.url);
    const idleLags: number[] = [];
    for (const a of idle) {
      await api.ok('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, market.staffTokens[0]);
      const approved = Date.now();
      const told = await waitTold(db, market, [a.id], 30_000);
      idleLags.push((told.get(a.id) as number) - approved);
    }
    api.close();

    const result = await runBurst(server.url, server.databaseUrl, burst, { drainTimeoutMs: 120_000 });
    const ids = [...result.approvedAt.keys()];
    const told = await waitTold(db, market, ids, 60_000);
    const lags = ids.map((id) => (told.get(id) as number) - (result.approvedAt.get(id) as number));

    const row = (name: string, xs: number[]) =>
      process.stdout.write(`${name.padEnd(52)} ${percentile(xs, 50).toFixed(0).padStart(8)} ${percentile(xs, 95).toFixed(0).padStart(8)} ${Math.max(...xs).toFixed(0).padStart(8)}\n`);
    process.stdout.write(`${'approval → new-match notification'.padEnd(52)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}\n`);
    row(`idle server, one approval at a time (${IDLE})`, idleLags);
    row(`burst: ${ids.length} approvals from 16 clients at once`, lags);
    process.stdout.write(`burst approvals answered in ${(result.burstMs / 1000).toFixed(1)} s; outbox empty after ${((result.drainedMs ?? NaN) / 1000).toFixed(1)} s; health worst ${Math.max(...result.health.map((s) => s.ms)).toFixed(0)} ms\n`);
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({ matchLag: { idleP50: percentile(idleLags, 50), idleP95: percentile(idleLags, 95), burst: ids.length, p50: percentile(lags, 50), p95: percentile(lags, 95), max: Math.max(...lags), drainedMs: result.drainedMs ?? -1 } })}\n`,
    );
  } finally {
    await db.end();
    await worker?.stop();
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
