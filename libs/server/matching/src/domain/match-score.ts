import { matchReason, OUTSIDE_REGION, type Field, type MatchReason, type Maturity, type TransferMode } from '@market/contracts';

/** What the score looks at on each side (plain values: unit-testable, no framework). */
export interface NeedSide {
  field: Field;
  keywords: string[];
  budgetMin: number;
  budgetMax: number;
  region: string;
  cooperationModes: TransferMode[];
}

export interface AchievementSide {
  field: Field;
  keywords: string[];
  askingPrice: number | null;
  maturity: Maturity;
  region: string;
  transferModes: TransferMode[];
}

/**
 * The weights of the match score, named so that a person can check every one. They add up to 1.
 * Text relevance leads (it is what the enterprise wrote against what the researcher wrote);
 * the structured fields confirm or weaken it.
 */
export const WEIGHTS = {
  text: 0.15,
  similarity: 0.4,
  keywords: 0.15,
  field: 0.05,
  price: 0.1,
  modes: 0.05,
  maturity: 0.05,
  region: 0.05,
} as const;

/** How ready an achievement is to be put to work; an enterprise with a budget wants it used, not researched. */
export const MATURITY_READINESS: Record<Maturity, number> = {
  research: 0.2,
  lab: 0.4,
  pilot: 0.7,
  small_batch: 0.9,
  mass_production: 1,
};

export interface MatchScore {
  score: number;
  /** What the score found, as data (worded by matchReasonText in @market/contracts). */
  explanations: MatchReason[];
  parts: Record<keyof typeof WEIGHTS, number>;
}

/** The IDF-weighted text cosine at which the similarity part is full: two items about the same thing rarely share more. */
export const SIMILARITY_FULL = 0.5;

/** How much one need keyword counts by how it is met: the same keyword, a term of its vocabulary group, or a shared word. */
export const KEYWORD_MATCH = { exact: 1, concept: 0.75, segment: 0.5 } as const;

/** From this IDF on a shared keyword counts fully; a keyword most candidates share (检测, 材料) counts less. */
export const RARE_KEYWORD_IDF = 2;

/** The text signals of one pair, computed outside the score (they need the search engine and the candidate pool). */
export interface TextSignals {
  /** The search engine's ranking score of the pair, 0..1. */
  text: number;
  /** IDF-weighted cosine of the two texts (domain/text-similarity.ts), 0..1. */
  similarity: number;
}

/** What keyword agreement needs to know about words. */
export interface Lexicon {
  segments: (keyword: string) => string[];
  concepts: (keyword: string) => string[];
  idf: (term: string) => number;
}

/**
 * Keyword agreement: each need keyword met by the same keyword, by a term of its vocabulary group
 * (锂电池 / 动力电池) or by a shared word (外观检测 / 缺陷检测 share 检测) counts by KEYWORD_MATCH,
 * scaled down when what is shared is common among the candidates. Three met keywords make it full.
 */
export function keywordAgreement(needKeywords: string[], achievementKeywords: string[], lexicon: Lexicon): { value: number; shared: string[] } {
  if (needKeywords.length === 0 || achievementKeywords.length === 0) return { value: 0, shared: [] };
  const theirConcepts = new Set(achievementKeywords.flatMap(lexicon.concepts));
  const theirWords = new Set(achievementKeywords.flatMap((k) => [k, ...lexicon.segments(k)]));
  const rarity = (unit: string) => Math.min(1, lexicon.idf(unit) / RARE_KEYWORD_IDF);
  let sum = 0;
  const shared: string[] = [];
  for (const k of needKeywords) {
    const concept = lexicon.concepts(k).find((c) => theirConcepts.has(c));
    const word = lexicon.segments(k).find((s) => theirWords.has(s));
    const strength = achievementKeywords.includes(k)
      ? KEYWORD_MATCH.exact * rarity(k)
      : Math.max(concept ? KEYWORD_MATCH.concept * rarity(concept) : 0, word ? KEYWORD_MATCH.segment * rarity(word) : 0);
    if (strength > 0) {
      sum += strength;
      shared.push(k);
    }
  }
  return { value: Math.min(1, sum / Math.min(needKeywords.length, 3)), shared };
}

/** 1 inside the budget, half for negotiable, falling to 0 at twice the budget's top. */
export function priceFit(askingPrice: number | null, budgetMax: number): number {
  if (askingPrice === null) return 0.5;
  if (askingPrice <= budgetMax) return 1;
  if (budgetMax <= 0) return 0;
  return Math.max(0, 1 - (askingPrice - budgetMax) / budgetMax);
}

const unit = (v: number) => Math.max(0, Math.min(1, v));

/** Scores one need–achievement pair in 0..1 and says why, in reasons a person can check. */
export function scoreMatch(need: NeedSide, a: AchievementSide, signals: TextSignals, lexicon: Lexicon): MatchScore {
  const kw = keywordAgreement(need.keywords, a.keywords, lexicon);
  const modesShared = need.cooperationModes.filter((m) => a.transferModes.includes(m));
  const sameRegion = need.region === a.region && need.region !== OUTSIDE_REGION;
  const parts = {
    text: unit(signals.text),
    similarity: unit(signals.similarity / SIMILARITY_FULL),
    keywords: kw.value,
    field: need.field === a.field ? 1 : 0,
    price: priceFit(a.askingPrice, need.budgetMax),
    modes: modesShared.length > 0 ? 1 : 0,
    maturity: MATURITY_READINESS[a.maturity],
    region: sameRegion ? 1 : 0,
  };
  const score = (Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>).reduce((sum, k) => sum + WEIGHTS[k] * parts[k], 0);

  const explanations: MatchReason[] = [];
  if (parts.field) explanations.push(matchReason('same_field', { field: a.field }));
  if (kw.shared.length) explanations.push(matchReason('keywords', { keywords: kw.shared.slice(0, 3) }));
  if (a.askingPrice === null) explanations.push(matchReason('price_negotiable', {}));
  else if (parts.price === 1) explanations.push(matchReason('price_within_budget', {}));
  else explanations.push(matchReason('price_above_budget', { askingPrice: a.askingPrice, budgetMax: need.budgetMax }));
  explanations.push(matchReason('maturity', { maturity: a.maturity }));
  if (modesShared.length) explanations.push(matchReason('cooperation_modes', { modes: modesShared }));
  if (sameRegion) explanations.push(matchReason('same_region', { region: a.region }));
  return { score: Math.round(score * 1000) / 1000, explanations, parts };
}
