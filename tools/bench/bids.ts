/**
 * Hot-lot bidding: accepted bids per second and bid latency (p50/p95/p99) on one lot with 40
 * bidders hammering it over HTTP, next to the same machine's raw PostgreSQL single-row UPDATE rate
 * with 40 connections (the ceiling any row-locked design can reach), and the lot close lag
 * (closed_at − ends_at) of lots closed by their delayed jobs.
 *
 *   npm run bench:bids [-- --seconds 10 --bidders 40 --lots 20]
 */
import { Client, Pool } from 'pg';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const BIDDERS = arg('bidders', 40);
const CLOSE_LOTS = arg('lots', 20);

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
const f1 = (x: number) => x.toFixed(1).padStart(9);

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  const server = await startServer({ name: 'bench_bids', port: 3192, env: { LOG_LEVEL: 'error', REGISTER_RATE_LIMIT: '0' } });
  const api = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  const register = (name: string, role: string, org: string, kind: string) =>
    api('POST', '/api/auth/register', { email: `${name}-${Date.now()}@bench.test`, password: 'bench-password', name, role, organization: { name: org, kind } });
  try {
    const staff = (await api('POST', '/api/auth/login', E2E_STAFF)).accessToken;
    const researcher = (await register('研究员', 'researcher', '基准大学', 'university')).accessToken;
    const publish = async (title: string) => {
      const a = await api('POST', '/api/achievements', { title, summary: '用于竞价基准测试的成果条目，测量热点拍品的出价吞吐。', field: 'advanced_manufacturing', keywords: ['基准'], maturity: 'pilot', transferModes: ['transfer'], askingPrice: 100000, patents: [], region: '鹿城区', inventors: [] }, researcher);
      await api('POST', `/api/achievements/${a.id}/submit`, undefined, researcher);
      await api('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, staff);
      return a.id as string;
    };
    const hot = await api('POST', '/api/auctions', { title: '热点拍品基准', startsAt: new Date(Date.now() - 1000).toISOString(), extensionSeconds: 0, lots: [{ achievementId: await publish('热点拍品'), startingPrice: 1, increment: 1, deposit: 0, endsAt: new Date(Date.now() + 3600_000).toISOString() }] }, staff);
    const lotId: string = hot.lots[0].id;
    const tokens: string[] = [];
    for (let b = 0; b < BIDDERS; b++) {
      const t = (await register(`竞买人${b}`, 'enterprise', `基准竞买企业${b}`, 'enterprise')).accessToken;
      const reg = await api('POST', `/api/auctions/${hot.id}/registrations`, undefined, t);
      await api('POST', `/api/auctions/${hot.id}/registrations/${reg.id}/confirm-deposit`, undefined, staff);
      tokens.push(t);
    }

    // 1. the API: every bidder bids the next amount it knows of, as fast as answers come back
    let next = 1;
    const latencies: number[] = [];
    let accepted = 0;
    let rejected = 0;
    const until = performance.now() + SECONDS * 1000;
    const t0 = performance.now();
    await Promise.all(
      tokens.map(async (token) => {
        while (performance.now() < until) {
          const amount = next++;
          const s = performance.now();
          const res = await fetch(`${server.url}/api/lots/${lotId}/bids`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ amount }) });
          await res.arrayBuffer();
          latencies.push(performance.now() - s);
          if (res.status === 201) accepted++;
          else if (res.status === 409) rejected++;
          else throw new Error(`bid answered ${res.status}`);
        }
      }),
    );
    const apiSeconds = (performance.now() - t0) / 1000;
    const verify = await api('GET', `/api/lots/${lotId}/bids/verify`);

    // 2. the anchor: raw single-row UPDATEs on one hot row, 40 connections, same duration
    const pool = new Pool({ connectionString: server.databaseUrl, max: BIDDERS });
    await pool.query(`CREATE TABLE IF NOT EXISTS bench_hot (id int PRIMARY KEY, n bigint NOT NULL)`);
    await pool.query(`INSERT INTO bench_hot VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0`);
    const raw: number[] = [];
    const rawUntil = performance.now() + SECONDS * 1000;
    const r0 = performance.now();
    await Promise.all(
      Array.from({ length: BIDDERS }, async () => {
        const c = await pool.connect();
        try {
          while (performance.now() < rawUntil) {
            const s = performance.now();
            await c.query('UPDATE bench_hot SET n = n + 1 WHERE id = 1');
            raw.push(performance.now() - s);
          }
        } finally {
          c.release();
        }
      }),
    );
    const rawSeconds = (performance.now() - r0) / 1000;
    await pool.end();

    // 3. close lag: lots ending 250 ms apart, closed by their delayed jobs
    const closingIds: string[] = [];
    for (let i = 0; i < CLOSE_LOTS; i++) closingIds.push(await publish(`收盘拍品${i}`));
    const ends = Date.now() + 3000;
    const closing = await api('POST', '/api/auctions', {
      title: '收盘延迟基准',
      startsAt: new Date(Date.now() - 1000).toISOString(),
      extensionSeconds: 0,
      lots: closingIds.map((achievementId, i) => ({ achievementId, startingPrice: 1, increment: 1, deposit: 0, endsAt: new Date(ends + i * 250).toISOString() })),
    }, staff);
    const db = new Client({ connectionString: server.databaseUrl });
    await db.connect();
    let lags: number[] = [];
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      const rows = await db.query(`SELECT extract(epoch FROM closed_at - ends_at) * 1000 AS lag FROM lots WHERE auction_id = $1 AND status = 'closed'`, [closing.id]);
      lags = rows.rows.map((r) => Number(r.lag));
      if (lags.length === CLOSE_LOTS) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await db.end();

    process.stdout.write(`machine: ${(await import('node:os')).cpus().length} cores; ${BIDDERS} bidders on one lot for ${SECONDS} s\n`);
    process.stdout.write(`${'path'.padEnd(40)} ${'per s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'p99 ms'.padStart(9)}\n`);
    process.stdout.write(`${'POST /api/lots/:id/bids (accepted)'.padEnd(40)} ${f1(accepted / apiSeconds)} ${f1(pct(latencies, 50))} ${f1(pct(latencies, 95))} ${f1(pct(latencies, 99))}\n`);
    process.stdout.write(`${'POST /api/lots/:id/bids (all answers)'.padEnd(40)} ${f1((accepted + rejected) / apiSeconds)}\n`);
    process.stdout.write(`${'raw PG UPDATE one row (anchor)'.padEnd(40)} ${f1(raw.length / rawSeconds)} ${f1(pct(raw, 50))} ${f1(pct(raw, 95))} ${f1(pct(raw, 99))}\n`);
    process.stdout.write(`accepted ${accepted}, outbid (409) ${rejected}; bid log chain valid: ${verify.valid} (${verify.count} bids)\n`);
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({ bids: { acceptedPerSecond: accepted / apiSeconds, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), rawPerSecond: raw.length / rawSeconds, rawP99: pct(raw, 99), chainValid: verify.valid }, closeLag: { p50: pct(lags, 50), p99: pct(lags, 99), max: Math.max(...lags), lots: lags.length } })}\n`,
    );
    process.stdout.write(`close lag over ${lags.length} lots: p50 ${pct(lags, 50).toFixed(0)} ms, p99 ${pct(lags, 99).toFixed(0)} ms, max ${Math.max(...lags).toFixed(0)} ms\n`);
  } finally {
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
