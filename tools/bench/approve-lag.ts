/**
 * Approve → searchable lag: how long after staff approve an achievement it is found by search,
 * next to what Meilisearch alone needs to index one document (its floor).
 *
 *   npm run build && tools/run-ts.sh tools/bench/approve-lag.ts [--items 30]
 */
import { Meilisearch } from 'meilisearch';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';

const i = process.argv.indexOf('--items');
const ITEMS = i > 0 ? Number(process.argv[i + 1]) : 30;

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  const server = await startServer({ name: 'bench_lag', port: 3191, env: { LOG_LEVEL: 'error', REGISTER_RATE_LIMIT: '0' } });
  const api = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  try {
    const researcher = await api('POST', '/api/auth/register', {
      email: `lag-${Date.now()}@bench.test`,
      password: 'bench-password',
      name: '测速',
      role: 'researcher',
      organization: { name: `基准大学-${Date.now()}`, kind: 'university' },
    });
    const staff = await api('POST', '/api/auth/login', E2E_STAFF);
    await api('POST', `/api/organizations/${researcher.user.organization.id}/verify`, { decision: 'approve' }, staff.accessToken);
    const lags: number[] = [];
    for (let n = 0; n < ITEMS; n++) {
      const marker = `测速标记${n}号${Date.now() % 100000}`;
      const a = await api(
        'POST',
        '/api/achievements',
        {
          title: `${marker}的高效电机控制器`,
          summary: '用于基准测试的成果条目，测量从审核通过到可以被搜索到的时间。',
          field: 'advanced_manufacturing',
          keywords: [marker],
          maturity: 'pilot',
          transferModes: ['license'],
          askingPrice: 100000,
          patents: [],
          region: '鹿城区',
          inventors: [],
        },
        researcher.accessToken,
      );
      await api('POST', `/api/achievements/${a.id}/submit`, undefined, researcher.accessToken);
      const t0 = performance.now();
      await api('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, staff.accessToken);
      for (;;) {
        const res = await api('GET', `/api/achievements?q=${encodeURIComponent(marker)}`);
        if (res.items.some((x: { id: string }) => x.id === a.id)) break;
        if (performance.now() - t0 > 10_000) throw new Error('not searchable after 10 s');
        await new Promise((r) => setTimeout(r, 10));
      }
      lags.push(performance.now() - t0);
    }
    // the floor: one document straight into Meilisearch, waited for
    const meili = new Meilisearch({ host: env['MEILI_URL'], apiKey: env['MEILI_MASTER_KEY'] });
    const index = meili.index('e2e_bench_lag_achievements');
    const floor: number[] = [];
    for (let n = 0; n < ITEMS; n++) {
      const t0 = performance.now();
      await index.addDocuments([{ id: `floor-${n}`, title: `直接写入${n}`, keywords: [], summary: '' }]).waitTask({ interval: 10 });
      floor.push(performance.now() - t0);
    }
    await index.deleteDocuments(floor.map((_, n) => `floor-${n}`)).waitTask();
    process.stdout.write(`items: ${ITEMS}\n${'path'.padEnd(44)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}\n`);
    const row = (name: string, xs: number[]) =>
      process.stdout.write(`${name.padEnd(44)} ${pct(xs, 50).toFixed(0).padStart(8)} ${pct(xs, 95).toFixed(0).padStart(8)} ${Math.max(...xs).toFixed(0).padStart(8)}\n`);
    row('approve → found by GET /api/achievements', lags);
    row('Meilisearch alone: add one document + wait', floor);
    process.stdout.write(`BENCH_RESULT ${JSON.stringify({ approveLag: { p50: pct(lags, 50), p95: pct(lags, 95), floorP50: pct(floor, 50), floorP95: pct(floor, 95) } })}\n`);
  } finally {
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
