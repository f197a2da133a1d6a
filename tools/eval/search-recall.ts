/**
 * Recall@10 of Chinese search: Meilisearch as it comes versus the product's index.
 *
 *   tools/run-ts.sh tools/eval/search-recall.ts [--limit 2000]     (npm run eval:search-recall)
 *
 * Indexes ../shared/data/csl_papers.jsonl (CSL, Li et al., COLING 2022, Apache-2.0) twice:
 *  - baseline: title, keywords, abstract, Meilisearch's own Chinese segmentation;
 *  - product: the achievements index settings (keywords first) plus the jieba search-mode
 *    `segments` and the vocabulary's `related` fields, exactly as the API builds its documents.
 * Query sets:
 *  - own keywords: each of a paper's own keywords; a hit is the paper in the top 10;
 *  - sub-words: a word jieba's search mode finds inside a longer word of the paper's title
 *    (处理 inside 待处理), which Meilisearch's segmenter does not split out; a hit is the paper
 *    in the top 10 of the query "sub-word + another title word".
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { Meilisearch } from 'meilisearch';
import { ensureServices } from '../dev-services/index.mjs';
import { ACHIEVEMENT_SETTINGS, searchFields } from '../../libs/server/search/src/domain/documents';
import { readJsonl, type Paper } from './shared-data';

const limitArg = process.argv.indexOf('--limit');
const LIMIT = limitArg > 0 ? Number(process.argv[limitArg + 1]) : Infinity;
const jieba = Jieba.withDict(dict);

interface Query {
  q: string;
  id: string;
}

/** Sub-words of title words: search-mode pieces strictly inside a longer default-mode word. */
function subWordQueries(id: string, title: string): Query[] {
  const words = jieba.cut(title, true).filter((w) => w.length >= 2);
  const out: Query[] = [];
  for (const w of words) {
    if (w.length < 3) continue;
    const pieces = jieba.cutForSearch(w, true).filter((p) => p.length >= 2 && p !== w && w.includes(p));
    const other = words.find((x) => x !== w && !x.includes(pieces[0] ?? '\u0000'));
    if (pieces.length && other) out.push({ q: `${pieces[0]} ${other}`, id });
  }
  return out.slice(0, 1);
}

async function main(): Promise<void> {
  const papers = readJsonl<Paper>('csl_papers.jsonl').slice(0, LIMIT);
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  const client = new Meilisearch({ host: env['MEILI_URL'], apiKey: env['MEILI_MASTER_KEY'] });
  try {
    const base = papers.map((p) => ({ id: p.id.replace(/[^a-zA-Z0-9_-]/g, '_'), title: p.title, summary: p.abstract, keywords: p.keywords.map((k) => k.trim()).filter(Boolean) }));
    const variants: Record<string, { settings: object; docs: object[] }> = {
      baseline: { settings: { searchableAttributes: ['title', 'keywords', 'summary'] }, docs: base },
      product: { settings: ACHIEVEMENT_SETTINGS, docs: base.map((d) => ({ ...d, ...searchFields(d.title, d.keywords, d.summary) })) },
    };
    for (const [name, v] of Object.entries(variants)) {
      const uid = `eval_recall_${name}`;
      await client.deleteIndex(uid).waitTask().catch(() => undefined);
      await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
      await client.index(uid).updateSettings(v.settings).waitTask();
      await client.index(uid).addDocuments(v.docs).waitTask({ timeout: 300_000 });
    }
    const sets: Record<string, Query[]> = {
      'own keywords': base.flatMap((d) => d.keywords.map((k) => ({ q: k, id: d.id }))),
      'sub-words': base.flatMap((d) => subWordQueries(d.id, d.title)),
    };
    process.stdout.write(`CSL papers indexed: ${papers.length}\n\n`);
    process.stdout.write(`${'query set'.padEnd(14)} ${'queries'.padStart(8)} ${'baseline R@10'.padStart(14)} ${'product R@10'.padStart(13)}\n`);
    for (const [setName, queries] of Object.entries(sets)) {
      const recall: Record<string, number> = {};
      for (const name of Object.keys(variants)) {
        let hits = 0;
        for (let i = 0; i < queries.length; i += 100) {
          const batch = queries.slice(i, i + 100);
          const res = await client.multiSearch({ queries: batch.map((q) => ({ indexUid: `eval_recall_${name}`, q: q.q, limit: 10, attributesToRetrieve: ['id'] })) });
          res.results.forEach((r, j) => (hits += r.hits.some((h) => h['id'] === batch[j].id) ? 1 : 0));
        }
        recall[name] = hits / queries.length;
      }
      process.stdout.write(`${setName.padEnd(14)} ${String(queries.length).padStart(8)} ${recall['baseline'].toFixed(4).padStart(14)} ${recall['product'].toFixed(4).padStart(13)}\n`);
    }
  } finally {
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${(e as Error).stack}\n`);
  process.exit(1);
});
