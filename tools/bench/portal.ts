/**
 * `GET /api/portal` under 16 clients, next to `GET /api/health` as its floor (health asks
 * PostgreSQL, Redis and Meilisearch each time; the portal answers from memory after one Redis
 * round trip), and what one recomputation costs right after a change drops the cached answer.
 *
 *   npm run build && tools/run-ts.sh tools/bench/portal.ts [--seconds 10] [--clients 16]
 */
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const CLIENTS = arg('clients', 16);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** CLIENTS loops asking `path` for SECONDS; latencies of the 200 answers, and the count of others. */
async function load(url: string): Promise<{ latencies: number[]; failed: number; perSecond: number }> {
  const latencies: number[] = [];
  let failed = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const res = await fetch(url).catch(() => null);
        if (res) await res.arrayBuffer();
        if (res?.status === 200) latencies.push(performance.now() - t0);
        else failed++;
      }
    }),
  );
  return { latencies, failed, perSecond: latencies.length / SECONDS };
}

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  const server = await startServer({ name: 'bench_portal', port: 3193, env: { LOG_LEVEL: 'error', API_RATE_LIMIT: '0' } });
  try {
    const staff = (await (await fetch(`${server.url}/api/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(E2E_STAFF) })).json()) as { accessToken: string };
    // warm both paths once
    await fetch(`${server.url}/api/portal`);
    await fetch(`${server.url}/api/health`);
    const health = await load(`${server.url}/api/health`);
    const portal = await load(`${server.url}/api/portal`);
    // one recomputation: a staff change (the year's target) raises a counter, the next visit computes
    const recompute: number[] = [];
    const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
    for (let n = 0; n < 20; n++) {
      const put = await fetch(`${server.url}/api/stats/targets/${year}`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${staff.accessToken}` },
        body: JSON.stringify({ target: 1_000_000_000 + n }),
      });
      if (put.status !== 200) throw new Error(`PUT target: ${put.status}`);
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/portal`);
      const body = (await res.json()) as { figures: { year: { target: number } } };
      if (body.figures.year.target !== 1_000_000_000 + n) throw new Error('the portal did not follow the change');
      recompute.push(performance.now() - t0);
    }
    const row = (name: string, r: { latencies: number[]; failed: number; perSecond: number }) =>
      `${name.padEnd(36)} ${r.perSecond.toFixed(0).padStart(8)} ${pct(r.latencies, 50).toFixed(1).padStart(8)} ${pct(r.latencies, 95).toFixed(1).padStart(8)} ${pct(r.latencies, 99).toFixed(1).padStart(8)} ${String(r.failed).padStart(7)}`;
    process.stdout.write(`${CLIENTS} clients, ${SECONDS} s each\n${'path'.padEnd(36)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(7)}\n`);
    process.stdout.write(`${row('GET /api/health (floor)', health)}\n${row('GET /api/portal', portal)}\n`);
    process.stdout.write(`first GET /api/portal after a change (recomputed), 20 times: p50 ${pct(recompute, 50).toFixed(1)} ms, max ${Math.max(...recompute).toFixed(1)} ms\n`);
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({ portal: { p95: pct(portal.latencies, 95), perSecond: portal.perSecond, healthP95: pct(health.latencies, 95), healthPerSecond: health.perSecond, recomputeP50: pct(recompute, 50), failed: portal.failed + health.failed } })}\n`,
    );
  } finally {
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
