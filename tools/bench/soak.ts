/**
 * Soak: minutes of mixed traffic against one server (search, publishing with review, bids on a
 * live lot, roadshow registrations), reporting each operation's p50/p99, the outbox lag, the
 * database pool's use and the server's memory at the start and the end, to catch leaks and slow
 * build-ups that a short benchmark misses.
 *
 *   npm run build && tools/run-ts.sh tools/bench/soak.ts [--minutes 10]
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';
import { achievementOf, marketClient, percentile, prepareMarket, register, TOPICS } from '../../apps/api-e2e/src/support/market-burst';

const i = process.argv.indexOf('--minutes');
const MINUTES = i > 0 ? Number(process.argv[i + 1]) : 10;

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Short names of the operations in BENCH_RESULT. */
const KEY: Record<string, string> = {
  'search GET /api/achievements?q=': 'searchP99',
  'publish: create': 'createP99',
  'publish: submit': 'submitP99',
  'publish: approve': 'approveP99',
  'bid POST /api/lots/:id/bids': 'bidP99',
  'roadshow register': 'roadshowRegisterP99',
  'roadshow unregister': 'roadshowUnregisterP99',
};

interface Op {
  ms: number[];
  failed: number;
}

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  const server = await startServer({ name: 'bench_soak', port: 3194, env: { LOG_LEVEL: 'error', REGISTER_RATE_LIMIT: '0' } });
  const db = new Client({ connectionString: server.databaseUrl });
  await db.connect();
  const api = marketClient(server.url, 64);
  try {
    const market = await prepareMarket(server.url, { staff: E2E_STAFF, achievements: 0, bidders: 10, approvers: 1 });
    const staff = market.staffTokens[0];
    const researchers = await Promise.all([0, 1].map((n) => register(api, 'researcher', 'university', `长稳大学${n}-`, staff)));
    const roadshow = await api.ok(
      'POST',
      '/api/roadshows',
      { title: '长稳测试路演', kind: 'roadshow', startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(), endsAt: new Date(Date.now() + 7 * 24 * 3600_000 + 7200_000).toISOString(), venue: '科技大厦', capacity: 500 },
      staff,
    );

    const ops: Record<string, Op> = {};
    const timed = async (name: string, send: () => Promise<{ status: number }>, ok: (s: number) => boolean) => {
      const op = (ops[name] ??= { ms: [], failed: 0 });
      const t0 = performance.now();
      const status = await send().then((r) => r.status, () => 0);
      op.ms.push(performance.now() - t0);
      if (!ok(status)) op.failed++;
      return status;
    };
    const end = Date.now() + MINUTES * 60_000;
    const running = () => Date.now() < end;

    const searchers = Array.from({ length: 4 }, async (_, n) => {
      for (let k = n; running(); k++) {
        await timed('search GET /api/achievements?q=', () => api.call('GET', `/api/achievements?q=${encodeURIComponent(TOPICS[k % TOPICS.length].word)}`), (s) => s === 200);
        await pause(50);
      }
    });
    let published = 0;
    const publishers = researchers.map(async (r, n) => {
      for (let k = 0; running(); k++) {
        const topic = (n * 7 + k) % TOPICS.length;
        let id = '';
        await timed('publish: create', async () => {
          const res = await api.call('POST', '/api/achievements', achievementOf(topic, k), r.token);
          if (res.status === 201) id = res.json().id;
          return res;
        }, (s) => s === 201);
        if (id) {
          await timed('publish: submit', () => api.call('POST', `/api/achievements/${id}/submit`, undefined, r.token), (s) => s === 200);
          const s = await timed('publish: approve', () => api.call('POST', `/api/achievements/${id}/review`, { decision: 'approve' }, staff), (x) => x === 200);
          if (s === 200) published++;
        }
        await pause(500);
      }
    });
    const bidders = market.bidderTokens.map(async (token, n) => {
      for (let k = 0; running(); k++) {
        const lot = await api.call('GET', `/api/lots/${market.lotId}`).catch(() => null);
        const amount = lot?.status === 200 ? (lot.json().nextMinimumBid as number) : 10_000;
        await timed('bid POST /api/lots/:id/bids', () => api.call('POST', `/api/lots/${market.lotId}/bids`, { amount }, token, { 'Idempotency-Key': `soak-${n}-${k}` }), (s) => s === 201 || s === 409);
        await pause(200);
      }
    });
    const attendees = market.bidderTokens.slice(0, 4).map(async (token) => {
      while (running()) {
        await timed('roadshow register', () => api.call('POST', `/api/roadshows/${roadshow.id}/registrations`, undefined, token), (s) => s === 201);
        await timed('roadshow unregister', () => api.call('DELETE', `/api/roadshows/${roadshow.id}/registrations/mine`, undefined, token), (s) => s === 204);
        await pause(500);
      }
    });

    // every 5 s: the server's memory, its pool (from /api/health) and the outbox's oldest pending row
    const samples: Array<{ at: number; rss: number; inUse: number; waiting: number; lagS: number; pending: number }> = [];
    const sampler = (async () => {
      while (running()) {
        const health = await api.call('GET', '/api/health').then((r) => r.json(), () => null);
        const [o] = (await db.query(`SELECT count(*)::int AS pending, coalesce(extract(epoch FROM now() - min(created_at)), 0)::float AS lag FROM outbox WHERE processed_at IS NULL AND available_at <= now()`)).rows;
        samples.push({ at: Date.now(), rss: rssMb(server.pid), inUse: health?.pool?.inUse ?? -1, waiting: health?.pool?.waiting ?? -1, lagS: o.lag, pending: o.pending });
        await pause(5000);
      }
    })();
    await Promise.all([...searchers, ...publishers, ...bidders, ...attendees, sampler]);

    const minute = (from: number, to: number) => samples.filter((s) => s.at >= from && s.at < to);
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const start = end - MINUTES * 60_000;
    const rssFirst = avg(minute(start, start + 60_000).map((s) => s.rss));
    const rssLast = avg(minute(end - 60_000, end).map((s) => s.rss));
    const lags = samples.map((s) => s.lagS * 1000);
    process.stdout.write(`soak: ${MINUTES} min of mixed traffic, ${published} achievements published meanwhile\n`);
    process.stdout.write(`${'operation'.padEnd(34)} ${'count'.padStart(7)} ${'failed'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}\n`);
    const result: Record<string, number> = {};
    for (const [name, op] of Object.entries(ops)) {
      process.stdout.write(`${name.padEnd(34)} ${String(op.ms.length).padStart(7)} ${String(op.failed).padStart(7)} ${percentile(op.ms, 50).toFixed(1).padStart(8)} ${percentile(op.ms, 99).toFixed(1).padStart(8)}\n`);
      result[KEY[name] ?? name] = percentile(op.ms, 99);
      result['failed'] = (result['failed'] ?? 0) + op.failed;
    }
    process.stdout.write(`outbox lag (oldest due row, sampled every 5 s): p50 ${percentile(lags, 50).toFixed(0)} ms, p99 ${percentile(lags, 99).toFixed(0)} ms, max ${Math.max(...lags).toFixed(0)} ms\n`);
    process.stdout.write(`database pool: at most ${Math.max(...samples.map((s) => s.inUse))} in use, ${Math.max(...samples.map((s) => s.waiting))} waiting\n`);
    process.stdout.write(`server RSS: first minute ${rssFirst.toFixed(0)} MB, last minute ${rssLast.toFixed(0)} MB\n`);
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({ soak: { minutes: MINUTES, published, ...result, outboxLagP99: percentile(lags, 99), outboxLagMax: Math.max(...lags), poolMaxInUse: Math.max(...samples.map((s) => s.inUse)), poolMaxWaiting: Math.max(...samples.map((s) => s.waiting)), rssFirstMb: rssFirst, rssLastMb: rssLast } })}\n`,
    );
  } finally {
    api.close();
    await db.end();
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
