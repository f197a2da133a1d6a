import { matchReasonWords, type MatchReason, type MatchReasonSign, type Role } from '@market/contracts';
import { Lang } from '@market/web/ui';
import { ListingKind } from '../data/listing-kind';

// The answers' types (AchievementMatch, NeedMatch, MatchPair, MatchList) are the API's, from @market/contracts.

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

/** Each tone's colour and the translation key of its label. */
export const SCORE_TONES: Record<ScoreTone, { color: string; label: string }> = {
  strong: { color: '#237804', label: 'catalog.scoreBar.strong' },
  good: { color: '#0958d9', label: 'catalog.scoreBar.good' },
  fair: { color: '#ad4e00', label: 'catalog.scoreBar.fair' },
};

/** 75 % and up is strong, 50 % and up good, the rest fair (on the rounded percent the reader sees). */
export function scoreTone(score: number | null | undefined): ScoreTone {
  const percent = scorePercent(score);
  if (percent >= 75) return 'strong';
  if (percent >= 50) return 'good';
  return 'fair';
}

/** A reason's tag colour by its sign: green for the match, orange against it, grey for a fact to weigh. */
export const REASON_TAG_COLORS: Record<MatchReasonSign, string> = { positive: 'green', neutral: 'default', negative: 'orange' };

/** A reason as a tag in the reader's language, worded by the one rule in @market/contracts. */
export function reasonTag(reason: MatchReason, lang: Lang): { text: string; quoted: string | null; color: string; sign: MatchReasonSign } {
  return { ...matchReasonWords(reason, lang), color: REASON_TAG_COLORS[reason.sign], sign: reason.sign };
}
