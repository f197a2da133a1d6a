/**
 * Text similarity between a need and an achievement that does not depend on the search engine's
 * ranking: IDF-weighted cosine over their words, where the words of one vocabulary group
 * (空压机 / 压缩空气, 电气火灾 / 故障电弧) count as one concept.
 */

/** How much a word counts by where it was written: title and keywords say what the item is about, the body adds context. */
export const TERM_WEIGHT = { headline: 1, body: 0.5 } as const;

export type Terms = Map<string, number>;

/** Looks up the vocabulary concept(s) a piece of text mentions. */
export class Concepts {
  private readonly groupsOf = new Map<string, string[]>();

  constructor(groups: readonly (readonly string[])[]) {
    for (const group of groups) {
      const name = `#${group[0]}`;
      for (const term of group) this.groupsOf.set(term, [...(this.groupsOf.get(term) ?? []), name]);
    }
  }

  isTerm(word: string): boolean {
    return this.groupsOf.has(word);
  }

  /** The vocabulary terms that occur in the text, longest first (空气压缩机 before 压缩机). */
  terms(text: string): string[] {
    return [...this.groupsOf.keys()].filter((t) => text.includes(t)).sort((a, b) => b.length - a.length);
  }

  /** Concept names of every vocabulary term that occurs in the text (substring: 空气压缩机组 mentions 空气压缩机). */
  in(text: string): string[] {
    const out = new Set<string>();
    for (const [term, names] of this.groupsOf) if (text.includes(term)) names.forEach((n) => out.add(n));
    return [...out];
  }
}

/**
 * The weighted terms of an item: its search-mode segments and the concepts it mentions, each at
 * the weight of the most prominent place it appears in. A segment that is a vocabulary term
 * counts as its concept only, so that 医疗器械 / 器械 / #医疗器械 do not count one idea three times.
 */
export function termsOf(parts: { headline: string; keywords: string[]; body: string }, segments: (text: string) => string[], concepts: Concepts): Terms {
  const terms: Terms = new Map();
  const put = (t: string, weight: number) => terms.set(t, Math.max(terms.get(t) ?? 0, weight));
  const add = (text: string, words: string[], weight: number) => {
    for (const w of words) if (!concepts.isTerm(w)) put(w, weight);
    for (const c of concepts.in(text)) put(c, weight);
  };
  add(parts.body, segments(parts.body), TERM_WEIGHT.body);
  // a keyword is a term of its own too (外观检测 segments into 外观 + 检测)
  const headline = [parts.headline, ...parts.keywords].join(' ');
  add(headline, [...segments(headline), ...parts.keywords], TERM_WEIGHT.headline);
  return terms;
}

/**
 * Inverse document frequency over a pool of items (the candidates of one match): a word most
 * candidates share (技术, 检测) says little about which of them fits, a rare one says much.
 */
export function inverseDocumentFrequency(pool: Terms[]): (term: string) => number {
  const df = new Map<string, number>();
  for (const terms of pool) for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = pool.length;
  return (term) => Math.max(0, Math.log((n + 1) / ((df.get(term) ?? 0) + 0.5)));
}

/** Cosine of two weighted term sets, each term weighted by its place and its IDF; 0..1. */
export function cosine(a: Terms, b: Terms, idf: (term: string) => number): number {
  const w = (terms: Terms, t: string) => (terms.get(t) ?? 0) * idf(t);
  let dot = 0;
  for (const t of a.keys()) if (b.has(t)) dot += w(a, t) * w(b, t);
  if (dot === 0) return 0;
  const norm = (terms: Terms) => Math.sqrt([...terms.keys()].reduce((s, t) => s + w(terms, t) ** 2, 0));
  return Math.min(1, dot / (norm(a) * norm(b)));
}
