import { FIELD_LABELS, MATURITY_LABELS, TRANSFER_MODE_LABELS, OUTSIDE_REGION, type Field, type Maturity, type TransferMode } from '@market/contracts';

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
  text: 0.4,
  keywords: 0.2,
  field: 0.15,
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
  reasons: string[];
  parts: Record<keyof typeof WEIGHTS, number>;
}

/**
 * Keyword agreement: exact shared keywords count fully; keywords that share a segment
 * (动力电池 / 锂电池 share 电池) count half. `segments` gives the search-mode words of a keyword.
 */
export function keywordAgreement(
  needKeywords: string[],
  achievementKeywords: string[],
  segments: (keyword: string) => string[],
): { value: number; shared: string[] } {
  if (needKeywords.length === 0 || achievementKeywords.length === 0) return { value: 0, shared: [] };
  const exact = needKeywords.filter((k) => achievementKeywords.includes(k));
  const achievementParts = new Set(achievementKeywords.flatMap((k) => [k, ...segments(k)]));
  const partial = needKeywords.filter((k) => !exact.includes(k) && segments(k).some((s) => achievementParts.has(s)));
  const value = Math.min(1, (exact.length + 0.5 * partial.length) / Math.min(needKeywords.length, 3));
  return { value, shared: [...exact, ...partial] };
}

/** 1 inside the budget, half for negotiable, falling to 0 at twice the budget's top. */
export function priceFit(askingPrice: number | null, budgetMax: number): number {
  if (askingPrice === null) return 0.5;
  if (askingPrice <= budgetMax) return 1;
  if (budgetMax <= 0) return 0;
  return Math.max(0, 1 - (askingPrice - budgetMax) / budgetMax);
}

const yuan = (v: number) => (v >= 10_000 ? `${(v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万元` : `${v}元`);

/**
 * Scores one need–achievement pair in 0..1 and says why, in short Chinese reasons a person can
 * check. `textRelevance` is the search engine's ranking score of the pair (0..1).
 */
export function scoreMatch(need: NeedSide, a: AchievementSide, textRelevance: number, segments: (keyword: string) => string[]): MatchScore {
  const kw = keywordAgreement(need.keywords, a.keywords, segments);
  const modesShared = need.cooperationModes.filter((m) => a.transferModes.includes(m));
  const sameRegion = need.region === a.region && need.region !== OUTSIDE_REGION;
  const parts = {
    text: Math.max(0, Math.min(1, textRelevance)),
    keywords: kw.value,
    field: need.field === a.field ? 1 : 0,
    price: priceFit(a.askingPrice, need.budgetMax),
    modes: modesShared.length > 0 ? 1 : 0,
    maturity: MATURITY_READINESS[a.maturity],
    region: sameRegion ? 1 : 0,
  };
  const score = (Object.keys(WEIGHTS) as Array<keyof typeof WEIGHTS>).reduce((sum, k) => sum + WEIGHTS[k] * parts[k], 0);

  const reasons: string[] = [];
  if (parts.field) reasons.push(`领域一致：${FIELD_LABELS[a.field].zh}`);
  if (kw.shared.length) reasons.push(`关键词：${kw.shared.slice(0, 3).join('、')}`);
  if (a.askingPrice === null) reasons.push('报价面议');
  else if (parts.price === 1) reasons.push('报价在预算内');
  else reasons.push(`报价${yuan(a.askingPrice)}，高于预算上限${yuan(need.budgetMax)}`);
  reasons.push(`成熟度：${MATURITY_LABELS[a.maturity].zh}`);
  if (modesShared.length) reasons.push(`合作方式：${modesShared.map((m) => TRANSFER_MODE_LABELS[m].zh).join('、')}`);
  if (sameRegion) reasons.push(`同在${a.region}`);
  return { score: Math.round(score * 1000) / 1000, reasons, parts };
}
