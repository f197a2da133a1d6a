import type { AchievementSort, Field, NeedSort } from '@market/contracts';

export interface AchievementFilters {
  field?: string;
  maturity?: string;
  transferMode?: string;
  region?: string;
  minPrice?: number;
  maxPrice?: number;
  sort?: AchievementSort;
}

export interface NeedFilters {
  field?: string;
  region?: string;
  cooperationMode?: string;
  minBudget?: number;
  maxBudget?: number;
  sort?: NeedSort;
}

/** A quoted Meilisearch filter value: values come from users, so quotes and backslashes are escaped. */
const quote = (v: string) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export function achievementFilter(f: AchievementFilters): string[] {
  const out: string[] = [];
  if (f.field) out.push(`field = ${quote(f.field)}`);
  if (f.maturity) out.push(`maturity = ${quote(f.maturity)}`);
  if (f.transferMode) out.push(`transferModes = ${quote(f.transferMode)}`);
  if (f.region) out.push(`region = ${quote(f.region)}`);
  // A price range leaves out negotiable (面议) items: they have no price to compare.
  if (f.minPrice !== undefined) out.push(`askingPrice >= ${f.minPrice}`);
  if (f.maxPrice !== undefined) out.push(`askingPrice <= ${f.maxPrice}`);
  return out;
}

export function needFilter(f: NeedFilters): string[] {
  const out: string[] = [];
  if (f.field) out.push(`field = ${quote(f.field)}`);
  if (f.region) out.push(`region = ${quote(f.region)}`);
  if (f.cooperationMode) out.push(`cooperationModes = ${quote(f.cooperationMode)}`);
  // Budgets overlap the asked range: the enterprise would pay something inside it.
  if (f.minBudget !== undefined) out.push(`budgetMax >= ${f.minBudget}`);
  if (f.maxBudget !== undefined) out.push(`budgetMin <= ${f.maxBudget}`);
  return out;
}

export function achievementSort(sort: AchievementSort | undefined, hasQuery: boolean): string[] | undefined {
  switch (sort) {
    case 'newest':
      return ['publishedAtTs:desc'];
    case 'price_asc':
      return ['askingPrice:asc'];
    case 'price_desc':
      return ['askingPrice:desc'];
    default:
      // relevance needs a query; without one, the newest come first
      return hasQuery ? undefined : ['publishedAtTs:desc'];
  }
}

export function needSort(sort: NeedSort | undefined, hasQuery: boolean): string[] | undefined {
  switch (sort) {
    case 'newest':
      return ['publishedAtTs:desc'];
    case 'budget_asc':
      return ['budgetMax:asc'];
    case 'budget_desc':
      return ['budgetMax:desc'];
    case 'deadline':
      return ['deadlineTs:asc'];
    default:
      return hasQuery ? undefined : ['publishedAtTs:desc'];
  }
}

/**
 * What the matcher asks for, in its own terms: words (ranked by relevance) or, without words, the
 * newest items; narrowed to a field, to what was published since a moment, and without one
 * organization's own items. Every candidate is published: the indexes hold nothing else.
 */
export interface CandidateQuery {
  /** Words to look for; empty or absent: every item, newest first. */
  text?: string;
  field?: Field;
  /** Only items published at or after this moment (ms since the epoch). */
  publishedSince?: number;
  /** Leave out this organization's items (a need's own organization does not need its own achievements). */
  excludeOrganizationId?: string | null;
  /** At most this many candidates. */
  limit: number;
}

export function candidateFilter(q: CandidateQuery): string[] {
  const out: string[] = [];
  if (q.excludeOrganizationId) out.push(`organization.id != ${quote(q.excludeOrganizationId)}`);
  if (q.field) out.push(`field = ${quote(q.field)}`);
  if (q.publishedSince !== undefined) out.push(`publishedAtTs >= ${Math.floor(q.publishedSince)}`);
  return out;
}

/** Relevance needs words; without them, the newest come first. */
export function candidateSort(q: CandidateQuery): string[] | undefined {
  return q.text?.trim() ? undefined : ['publishedAtTs:desc'];
}
