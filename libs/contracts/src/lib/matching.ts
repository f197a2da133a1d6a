import { regionLabel } from './regions';
import { FIELD_LABELS, MATURITY_LABELS, TRANSFER_MODE_LABELS, type Achievement, type Field, type Maturity, type Need, type TransferMode } from './catalog';

/**
 * Why a need and an achievement match, as data: the server's score says what it found, and every
 * reader (the API's Chinese `reasons[]`, the web in Chinese or English) words it from here.
 */
export interface MatchReasonParams {
  same_field: { field: Field };
  /** The need's keywords the achievement meets (the same keyword, its vocabulary group or a shared word), at most three. */
  keywords: { keywords: string[] };
  price_within_budget: Record<string, never>;
  price_negotiable: Record<string, never>;
  /** Integer yuan. */
  price_above_budget: { askingPrice: number; budgetMax: number };
  maturity: { maturity: Maturity };
  cooperation_modes: { modes: TransferMode[] };
  same_region: { region: string };
}

export type MatchReasonCode = keyof MatchReasonParams;

/** For the match (it raised the score), against it (it lowered the score), or a fact for the reader to weigh. */
export type MatchReasonSign = 'positive' | 'neutral' | 'negative';

export type MatchReason = { [C in MatchReasonCode]: { code: C; sign: MatchReasonSign; params: MatchReasonParams[C] } }[MatchReasonCode];

/**
 * Each code has one sign: the score's parts decide which code is said (in budget, negotiable or
 * above it), so the sign follows from the code. Maturity and a negotiable price are facts whose
 * weight depends on the reader's plans.
 */
export const MATCH_REASON_SIGNS: Record<MatchReasonCode, MatchReasonSign> = {
  same_field: 'positive',
  keywords: 'positive',
  price_within_budget: 'positive',
  price_negotiable: 'neutral',
  price_above_budget: 'negative',
  maturity: 'neutral',
  cooperation_modes: 'positive',
  same_region: 'positive',
};

/** A reason with the sign of its code. */
export function matchReason<C extends MatchReasonCode>(code: C, params: MatchReasonParams[C]): MatchReason {
  return { code, sign: MATCH_REASON_SIGNS[code], params } as MatchReason;
}

/** 1500000 → 150万元 (one decimal at most), 8000 → 8000元: how the market's Chinese text writes money. */
const yuanZh = (v: number) => (v >= 10_000 ? `${(v / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 })}万元` : `${v}元`);
const yuanEn = (v: number) => `¥${v.toLocaleString('en-US')}`;

const REASON_TEXT: { [C in MatchReasonCode]: Record<'zh' | 'en', (p: MatchReasonParams[C]) => string> } = {
  same_field: { zh: (p) => `领域一致：${FIELD_LABELS[p.field].zh}`, en: (p) => `Same field: ${FIELD_LABELS[p.field].en}` },
  // keywords are the need's own words: they stay as written in either language
  keywords: { zh: (p) => `关键词：${p.keywords.join('、')}`, en: (p) => `Keywords: ${p.keywords.join(', ')}` },
  price_within_budget: { zh: () => '报价在预算内', en: () => 'Price within budget' },
  price_negotiable: { zh: () => '报价面议', en: () => 'Price negotiable' },
  price_above_budget: {
    zh: (p) => `报价${yuanZh(p.askingPrice)}，高于预算上限${yuanZh(p.budgetMax)}`,
    en: (p) => `Price ${yuanEn(p.askingPrice)} above the budget's top ${yuanEn(p.budgetMax)}`,
  },
  maturity: { zh: (p) => `成熟度：${MATURITY_LABELS[p.maturity].zh}`, en: (p) => `Maturity: ${MATURITY_LABELS[p.maturity].en}` },
  cooperation_modes: {
    zh: (p) => `合作方式：${p.modes.map((m) => TRANSFER_MODE_LABELS[m].zh).join('、')}`,
    en: (p) => `Cooperation: ${p.modes.map((m) => TRANSFER_MODE_LABELS[m].en).join(', ')}`,
  },
  // a region is a configured place name (REGIONS), in English where the default list has one; never `outside`, which is no shared place
  same_region: { zh: (p) => `同在${p.region}`, en: (p) => `Both in ${regionLabel(p.region).en}` },
};

/** A reason as one short sentence: the API's `reasons[]` are these in Chinese, the web shows them in the reader's language. */
export function matchReasonText(reason: MatchReason, lang: 'zh' | 'en'): string {
  return (REASON_TEXT[reason.code][lang] as (p: MatchReason['params']) => string)(reason.params);
}

/** One published achievement recommended for a need (`GET /api/needs/:id/matches`). */
export interface AchievementMatch {
  achievement: Achievement;
  /** 0..1, best first. */
  score: number;
  /** The explanations in Chinese, for clients that only show text. */
  reasons: string[];
  explanations: MatchReason[];
}

/** One published need an achievement could serve (`GET /api/achievements/:id/matches`). */
export interface NeedMatch {
  need: Need;
  score: number;
  reasons: string[];
  explanations: MatchReason[];
}

/** A pair of 撮合工作台 (`GET /api/matches/workbench`). */
export interface MatchPair {
  need: Need;
  achievement: Achievement;
  score: number;
  reasons: string[];
  explanations: MatchReason[];
}

export interface MatchList<T> {
  items: T[];
}
