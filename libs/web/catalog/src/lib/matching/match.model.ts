import { Achievement, FIELD_LABELS, MATURITY_LABELS, Need, Role, TRANSFER_MODE_LABELS } from '@market/contracts';
import { Lang, Localized } from '@market/web/ui';
import { ListingKind } from '../data/listing-kind';

/** One published achievement recommended for a need (`GET /api/needs/:id/matches`). */
export interface AchievementMatch {
  achievement: Achievement;
  score: number;
  reasons: string[];
}

/** One published need an achievement could serve. */
export interface NeedMatch {
  need: Need;
  score: number;
  reasons: string[];
}

/** A pair of 撮合工作台. */
export interface MatchPair {
  need: Need;
  achievement: Achievement;
  score: number;
  reasons: string[];
}

export interface MatchList<T> {
  items: T[];
}

/** How many recommendations a detail page shows, and how many pairs the workbench lists. */
export const DETAIL_MATCH_LIMIT = 10;
export const WORKBENCH_LIMIT = 20;

/** `GET /api/needs/:id/matches` or `GET /api/achievements/:id/matches`. */
export function matchesUrl(kind: ListingKind, id: string, limit = DETAIL_MATCH_LIMIT): string {
  return `/api/${kind}/${encodeURIComponent(id)}/matches?limit=${limit}`;
}

export function workbenchUrl(limit = WORKBENCH_LIMIT): string {
  return `/api/matches/workbench?limit=${limit}`;
}

/** Who may see a listing's matches (the server's rule): its organization, brokers and staff, once it is published. */
export const MATCH_ROLES: readonly Role[] = ['broker', 'staff'];

export function mayViewMatches(
  viewer: { role: Role; organization: { id: string } } | null | undefined,
  listing: { status: string; organization: { id: string } } | null | undefined,
): boolean {
  if (!viewer || !listing || listing.status !== 'published') return false;
  return MATCH_ROLES.includes(viewer.role) || viewer.organization.id === listing.organization.id;
}

/** A score of 0..1 as a whole percent, clamped; anything that is not a number is 0. */
export function scorePercent(score: number | null | undefined): number {
  if (typeof score !== 'number' || !Number.isFinite(score)) return 0;
  return Math.min(100, Math.max(0, Math.round(score * 100)));
}

export type ScoreTone = 'strong' | 'good' | 'fair';

export const SCORE_TONES: Record<ScoreTone, { color: string; label: Localized }> = {
  strong: { color: '#389e0d', label: { zh: '高度匹配', en: 'Strong match' } },
  good: { color: '#1677ff', label: { zh: '较为匹配', en: 'Good match' } },
  fair: { color: '#d46b08', label: { zh: '一般匹配', en: 'Fair match' } },
};

/** 75 % and up is strong, 50 % and up good, the rest fair (on the rounded percent the reader sees). */
export function scoreTone(score: number | null | undefined): ScoreTone {
  const percent = scorePercent(score);
  if (percent >= 75) return 'strong';
  if (percent >= 50) return 'good';
  return 'fair';
}

function english(table: Record<string, Localized>, zh: string): string {
  const hit = Object.values(table).find((label) => label.zh === zh);
  return hit ? hit.en : zh;
}

function englishList(table: Record<string, Localized>, list: string): string {
  return list
    .split('、')
    .map((v) => english(table, v))
    .join(', ');
}

/**
 * The server writes its reasons in Chinese (领域一致：新材料, 关键词：防附着、网箱, 报价在预算内,
 * 成熟度：中试, 同在瑞安市…). Chinese readers get them as they are; English readers get the known
 * ones translated and the rest unchanged.
 */
export function reasonText(reason: string, lang: Lang): string {
  if (lang === 'zh') return reason;
  let m: RegExpMatchArray | null;
  if ((m = reason.match(/^领域一致：(.+)$/))) return `Same field: ${english(FIELD_LABELS, m[1])}`;
  if ((m = reason.match(/^关键词：(.+)$/))) return `Keywords: ${m[1].split('、').join(', ')}`;
  if (reason === '报价面议') return 'Price negotiable';
  if (reason === '报价在预算内') return 'Price within budget';
  if ((m = reason.match(/^报价(.+)，高于预算上限(.+)$/))) return `Price ${m[1]} above the budget's top ${m[2]}`;
  if ((m = reason.match(/^成熟度：(.+)$/))) return `Maturity: ${english(MATURITY_LABELS, m[1])}`;
  if ((m = reason.match(/^合作方式：(.+)$/))) return `Cooperation: ${englishList(TRANSFER_MODE_LABELS, m[1])}`;
  if ((m = reason.match(/^同在(.+)$/))) return `Both in ${m[1]}`;
  return reason;
}
