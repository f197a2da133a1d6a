import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let jieba: Jieba | undefined;

/**
 * Search-mode segments of Chinese text (jieba's cut_for_search: 待处理 → 处理, 待处理), joined by
 * spaces. Meilisearch's own segmenter keeps only the longest words, so a query for a sub-word
 * (处理) misses documents that only contain the longer word (待处理); indexing these segments as an
 * extra field lets it find them (meilisearch issues 4874 and 2499).
 */
export function searchSegments(text: string): string {
  jieba ??= Jieba.withDict(dict);
  const seen = new Set<string>();
  for (const word of jieba.cutForSearch(text, true)) {
    const w = word.trim();
    // single characters and punctuation add noise, not recall
    if (w.length >= 2 && /[\p{L}\p{N}]/u.test(w)) seen.add(w);
  }
  return [...seen].join(' ');
}
