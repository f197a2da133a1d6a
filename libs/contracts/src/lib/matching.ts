import { text, type Lang, type Localized } from './i18n';
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

const yuanIn = (lang: Lang, v: number) => (lang === 'zh' ? yuanZh(v) : yuanEn(v));

/** Each reason's parameters as the words its sentence (`matchReasons` in the translation files) fills in. */
const REASON_PARAMS: { [C in MatchReasonCode]: (p: MatchReasonParams[C], lang: Lang, list: (items: string[]) => string) => Record<string, string> } = {
  same_field: (p, lang) => ({ field: FIELD_LABELS[p.field][lang] }),
  // keywords are the need's own words: they stay as written in either language (matchReasonWords)
  keywords: (p, _lang, list) => ({ keywords: list(p.keywords) }),
  price_within_budget: () => ({}),
  price_negotiable: () => ({}),
  price_above_budget: (p, lang) => ({ askingPrice: yuanIn(lang, p.askingPrice), budgetMax: yuanIn(lang, p.budgetMax) }),
  maturity: (p, lang) => ({ maturity: MATURITY_LABELS[p.maturity][lang] }),
  cooperation_modes: (p, lang, list) => ({ modes: list(p.modes.map((m) => TRANSFER_MODE_LABELS[m][lang])) }),
  // a region is a configured place name (REGIONS), in English where the files have one; never `outside`, which is no shared place
  same_region: (p, lang) => ({ region: regionLabel(p.region)[lang] }),
};

const REASON_SENTENCES = Object.fromEntries(Object.keys(MATCH_REASON_SIGNS).map((code) => [code, text('matchReasons', code)])) as Record<MatchReasonCode, Localized>;
const LIST_SEPARATOR = text('matchReasons', 'listSeparator');

/** A reason as one short sentence: the API's `reasons[]` are these in Chinese, the web shows them in the reader's language. */
export function matchReasonText(reason: MatchReason, lang: Lang): string {
  const { text: words, quoted } = matchReasonWords(reason, lang);
  return words + (quoted ?? '');
}

/**
 * A reason split into the market's words and the words it quotes from a listing (the need's
 * keywords, which close the sentence), so a page can mark the quoted part as user content;
 * `quoted` is null when it quotes nothing. Together they read as matchReasonText.
 */
export function matchReasonWords(reason: MatchReason, lang: Lang): { text: string; quoted: string | null } {
  const list = (items: string[]) => items.join(LIST_SEPARATOR[lang]);
  const params = (REASON_PARAMS[reason.code] as (p: MatchReason['params'], l: Lang, j: typeof list) => Record<string, string>)(reason.params, lang, list);
  const sentence = REASON_SENTENCES[reason.code][lang];
  const fill = (template: string) => template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
  if (reason.code !== 'keywords') return { text: fill(sentence), quoted: null };
  return { text: fill(sentence.replace('{keywords}', '')), quoted: params['keywords'] };
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
