/**
 * What one match-check query costs Meilisearch, in isolation: the vocabulary as engine `synonyms`
 * expanded in every query (the design before decision 0011) against the product's documents that
 * carry their groups' terms in `related` (no synonyms), and the bare index as the anchor.
 *
 *   tools/run-ts.sh tools/bench/query-cost.ts     (npm run bench:query-cost)
 */
import { Meilisearch } from 'meilisearch';
import { ensureServices } from '../dev-services/index.mjs';
import { NEED_SETTINGS, searchFields } from '../../libs/server/search/src/domain/documents';
import { TERM_GROUPS } from '../../libs/server/search/src/domain/vocabulary';
import { TOPICS, achievementOf } from '../../apps/api-e2e/src/support/market-burst';

const ROUNDS = 10;

/** Every multi-character term of a group as a synonym of the others, as the indexes were once configured. */
function engineSynonyms(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const terms of TERM_GROUPS.map((g) => g.filter((t) => t.length > 1))) {
    for (const term of terms) out[term] = [...new Set([...(out[term] ?? []), ...terms.filter((t) => t !== term)])];
  }
  return out;
}

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  const client = new Meilisearch({ host: env['MEILI_URL'], apiKey: env['MEILI_MASTER_KEY'] });
  const needs = TOPICS.map((t, i) => ({ id: `n${i}`, title: `${t.title}技术需求`, keywords: t.keywords, description: t.text, field: t.field, organization: { id: `o${i}` }, publishedAtTs: Date.now() }));
  const withFields = needs.map((n) => ({ ...n, ...searchFields(n.title, n.keywords, n.description) }));
  const variants = [
    { name: 'engine synonyms (before)', settings: { ...NEED_SETTINGS, synonyms: engineSynonyms() }, docs: withFields.map(({ related: _r, ...d }) => d) },
    { name: 'related field (product)', settings: NEED_SETTINGS, docs: withFields },
    { name: 'no vocabulary (anchor)', settings: NEED_SETTINGS, docs: withFields.map(({ related: _r, ...d }) => d) },
  ];
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  try {
    console.log(`${'median ms per query'.padEnd(28)}${['title', 'keywords', 'body', 'one keyword'].map((h) => h.padStart(12)).join('')}`);
    for (const v of variants) {
      const uid = `bench_query_cost_${variants.indexOf(v)}`;
      await client.deleteIndex(uid).waitTask().catch(() => undefined);
      await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
      await client.index(uid).updateSettings(v.settings).waitTask();
      await client.index(uid).addDocuments(v.docs).waitTask();
      const took: Record<string, number[]> = { title: [], keywords: [], body: [], keyword: [] };
      for (let round = 0; round < ROUNDS; round++) {
        for (let topic = 0; topic < TOPICS.length; topic++) {
          const a = achievementOf(topic, round);
          const queries: Record<string, string> = { title: a.title, keywords: a.keywords.join(' '), body: a.summary, keyword: a.keywords[0] };
          for (const [kind, q] of Object.entries(queries)) {
            const t0 = performance.now();
            await client.index(uid).search(q, { limit: 40, showRankingScore: true, filter: 'organization.id != "none"' });
            took[kind].push(performance.now() - t0);
          }
        }
      }
      console.log(`${v.name.padEnd(28)}${Object.values(took).map((xs) => median(xs).toFixed(1).padStart(12)).join('')}`);
      await client.deleteIndex(uid).waitTask();
    }
  } finally {
    await stop();
  }
}

void main();
