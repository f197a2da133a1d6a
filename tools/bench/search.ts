/**
 * Search latency and throughput through the API versus Meilisearch directly, same index, same
 * queries, 16 concurrent clients.
 *
 *   npm run build && tools/run-ts.sh tools/bench/search.ts [--requests 3000] [--concurrency 16]
 *
 * Loads achievements built from ../shared/data (CSL papers, Apache-2.0; CN patents G06F, CC BY 4.0
 * via liaoleyuan/chinese-patent-cpc-multilabel-classification) straight into the product's index
 * with the product's document builder, starts the built API on its own port, then fires the same
 * queries at `GET /api/achievements?q=…` and at Meilisearch's search route with the parameters the
 * API sends.
 */
import type { Achievement } from '@market/contracts';
import { Meilisearch } from 'meilisearch';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer } from '../test/e2e-server.mjs';
import { ACHIEVEMENT_SETTINGS, achievementDocument } from '../../libs/server/search/src/domain/documents';
import { readJsonl, type Paper } from '../eval/shared-data';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const REQUESTS = arg('requests', 3000);
const CONCURRENCY = arg('concurrency', 16);
const PREFIX = 'bench_search_';

interface PatentRow {
  id: string;
  title: string;
  abstract: string;
  keywords_en_auto: string[];
}

const FIELDS = ['advanced_manufacturing', 'new_materials', 'information_technology', 'biomedicine', 'new_energy', 'energy_saving', 'modern_agriculture', 'other'] as const;
const REGIONS = ['鹿城区', '龙湾区', '瓯海区', '瑞安市', '乐清市', 'outside'];

function toAchievement(i: number, title: string, summary: string, keywords: string[], patent?: string): Achievement {
  const now = new Date(Date.now() - i * 60_000).toISOString();
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    title,
    summary,
    field: patent ? 'information_technology' : FIELDS[i % FIELDS.length],
    keywords,
    maturity: 'pilot',
    transferModes: ['license'],
    askingPrice: i % 5 === 0 ? null : 50_000 + (i % 40) * 25_000,
    patents: patent ? [{ number: patent, type: 'invention' }] : [],
    region: REGIONS[i % REGIONS.length],
    inventors: [],
    status: 'published',
    reviewComment: null,
    organization: { id: '00000000-0000-4000-8000-000000000001', name: '基准测试机构', kind: 'university' },
    createdAt: now,
    updatedAt: now,
    publishedAt: now,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function load(name: string, queries: string[], run: (q: string) => Promise<void>) {
  const latencies: number[] = [];
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let i = next++; i < REQUESTS; i = next++) {
        const t = performance.now();
        await run(queries[i % queries.length]);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  return { name, rps: REQUESTS / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), p99: percentile(latencies, 99) };
}

async function main(): Promise<void> {
  const papers = readJsonl<Paper>('csl_papers.jsonl');
  const patents = readJsonl<PatentRow>('cn_patents_g06f.jsonl').slice(0, 1000);
  const docs = [
    ...papers.map((p, i) => toAchievement(i, p.title, p.abstract, p.keywords)),
    ...patents.map((p, i) => toAchievement(papers.length + i, p.title, p.abstract, [], p.id)),
  ].map(achievementDocument);
  const queries = papers.flatMap((p) => p.keywords.slice(0, 1)).concat(patents.map((p) => p.title.slice(0, 6)));

  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  // ROLE=api: no workers, so no start-up re-sync that would empty the index to match the empty database.
  const server = await startServer({ name: 'bench_search', port: 3190, env: { SEARCH_INDEX_PREFIX: PREFIX, LOG_LEVEL: 'error', ROLE: 'api' } });
  const meili = new Meilisearch({ host: env['MEILI_URL'], apiKey: env['MEILI_MASTER_KEY'] });
  const uid = `${PREFIX}achievements`;
  try {
    await meili.index(uid).deleteAllDocuments().waitTask();
    await meili.index(uid).updateSettings(ACHIEVEMENT_SETTINGS).waitTask();
    await meili.index(uid).addDocuments(docs).waitTask({ timeout: 600_000 });
    const { numberOfDocuments } = await meili.index(uid).getStats();
    if (numberOfDocuments !== docs.length) throw new Error(`index holds ${numberOfDocuments} documents, expected ${docs.length}`);
    const direct = `${env['MEILI_URL']}/indexes/${uid}/search`;
    const headers = { Authorization: `Bearer ${env['MEILI_MASTER_KEY']}`, 'Content-Type': 'application/json' };
    // the same parameters CatalogSearch sends
    const body = (q: string) =>
      JSON.stringify({
        q,
        filter: [],
        facets: ['field', 'maturity', 'transferModes', 'region'],
        page: 1,
        hitsPerPage: 20,
        attributesToHighlight: ['title', 'summary'],
        attributesToCrop: ['summary'],
        cropLength: 80,
        highlightPreTag: '\u0002',
        highlightPostTag: '\u0003',
      });
    const check = async (res: Response) => {
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      await res.arrayBuffer();
    };
    // warm both paths
    for (const q of queries.slice(0, 50)) {
      await check(await fetch(direct, { method: 'POST', headers, body: body(q) }));
      await check(await fetch(`${server.url}/api/achievements?q=${encodeURIComponent(q)}`));
    }
    const results = [
      await load('Meilisearch direct', queries, async (q) => check(await fetch(direct, { method: 'POST', headers, body: body(q) }))),
      await load('API GET /api/achievements', queries, async (q) => check(await fetch(`${server.url}/api/achievements?q=${encodeURIComponent(q)}`))),
    ];
    process.stdout.write(`documents: ${docs.length}, distinct queries: ${queries.length}, requests: ${REQUESTS}, concurrency: ${CONCURRENCY}\n\n`);
    process.stdout.write(`${'path'.padEnd(28)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}\n`);
    for (const r of results) {
      process.stdout.write(`${r.name.padEnd(28)} ${r.rps.toFixed(0).padStart(8)} ${r.p50.toFixed(1).padStart(8)} ${r.p95.toFixed(1).padStart(8)} ${r.p99.toFixed(1).padStart(8)}\n`);
    }
    process.stdout.write(`\nAPI p95 / direct p95 = ${(results[1].p95 / results[0].p95).toFixed(2)}\n`);
    // one line for tools/bench/run-all.ts
    process.stdout.write(`BENCH_RESULT ${JSON.stringify({ search: { directP95: results[0].p95, apiP95: results[1].p95, directRps: results[0].rps, apiRps: results[1].rps } })}\n`);
    const sample = await (await fetch(`${server.url}/api/achievements?q=${encodeURIComponent(queries[0])}`)).json();
    process.stdout.write(`check: the API still answers from ${numberOfDocuments} documents (first query: ${sample.total} hits)\n`);
  } finally {
    await server.stop();
    await meili.deleteIndex(uid).waitTask().catch(() => undefined);
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
