import type { ListingStatus } from './catalog';

/**
 * The rules of achievements and needs that the server enforces and the web offers: the review
 * flow, who acts, whether a rejection needs a reason, and the limits of every field. They live
 * here, like DEAL_TRANSITIONS, so that the forms refuse exactly what the API refuses and the pages
 * show exactly the buttons the API accepts.
 */

/** What can happen to a listing. */
export const LISTING_ACTIONS = ['edit', 'submit', 'approve', 'reject', 'archive'] as const;
export type ListingAction = (typeof LISTING_ACTIONS)[number];

/**
 * The statuses each action is allowed from (the server answers 409 from any other). The review
 * flow: draft → pending_review → published | rejected; a rejected listing can be edited and
 * submitted again; anything not archived yet can be withdrawn (archived), not only what is
 * published: an owner may drop a draft or a pending or rejected listing it no longer wants.
 */
export const LISTING_ACTION_FROM: Record<ListingAction, readonly ListingStatus[]> = {
  edit: ['draft', 'rejected'],
  submit: ['draft', 'rejected'],
  approve: ['pending_review'],
  reject: ['pending_review'],
  archive: ['draft', 'pending_review', 'published', 'rejected'],
};

/** Where each action leads; null keeps the status (editing). */
export const LISTING_ACTION_TO: Record<ListingAction, ListingStatus | null> = {
  edit: null,
  submit: 'pending_review',
  approve: 'published',
  reject: 'rejected',
  archive: 'archived',
};

/**
 * Who may take each action: a member of the listing's own organization (`owner`), bureau staff,
 * or either. Staff never write or submit for an organization; anyone responsible may withdraw.
 */
export const LISTING_ACTORS: Record<ListingAction, 'owner' | 'staff' | 'owner_or_staff'> = {
  edit: 'owner',
  submit: 'owner',
  approve: 'staff',
  reject: 'staff',
  archive: 'owner_or_staff',
};

/** The status after the action, or null when the action is not allowed from `current`. */
export function nextListingStatus(current: ListingStatus, action: ListingAction): ListingStatus | null {
  if (!LISTING_ACTION_FROM[action].includes(current)) return null;
  return LISTING_ACTION_TO[action] ?? current;
}

/** Whether someone in this position may take the action at all (the server answers 403 if not). */
export function actorMayTake(action: ListingAction, actor: { owner: boolean; staff: boolean }): boolean {
  const who = LISTING_ACTORS[action];
  return who === 'owner' ? actor.owner : who === 'staff' ? actor.staff : actor.owner || actor.staff;
}

/** Whether someone in this position may take the action on a listing in this status. */
export function mayActOnListing(action: ListingAction, status: ListingStatus, actor: { owner: boolean; staff: boolean }): boolean {
  return actorMayTake(action, actor) && nextListingStatus(status, action) !== null;
}

/**
 * Every status and the statuses it can move to (drawn from the actions above, so the two cannot
 * disagree): draft → pending_review | archived, and so on; archived is final.
 */
export const LISTING_TRANSITIONS: Record<ListingStatus, readonly ListingStatus[]> = (() => {
  const out: Record<ListingStatus, ListingStatus[]> = { draft: [], pending_review: [], published: [], rejected: [], archived: [] };
  for (const action of LISTING_ACTIONS) {
    const to = LISTING_ACTION_TO[action];
    if (to === null) continue;
    for (const from of LISTING_ACTION_FROM[action]) if (!out[from].includes(to)) out[from].push(to);
  }
  return out;
})();

/**
 * A rejection must say why: the owner reads the comment to know what to change before submitting
 * again (the notification and the listing page show it), just as an organization's rejection
 * carries a reason. An approval may carry a comment but needs none.
 */
export function reviewCommentRequired(decision: 'approve' | 'reject'): boolean {
  return decision === 'reject';
}

/** A need's budget: the lower end may not exceed the upper end (equal ends name one figure). */
export function budgetRangeValid(min: number, max: number): boolean {
  return min <= max;
}

/**
 * A need's deadline must fall on a day after today, both read on the market's calendar
 * (`YYYY-MM-DD`; @market/shared/time gives today and an instant's day): a deadline of today has
 * already come for the enterprise's readers.
 */
export function deadlineDayValid(deadlineDay: string, todayDay: string): boolean {
  return deadlineDay > todayDay;
}

/** The most money any amount may name: one trillion yuan, beyond any real contract. */
export const MAX_MONEY_YUAN = 1_000_000_000_000;

/**
 * The limits of a listing's fields, in characters, entries or integer yuan. Text is measured after
 * trimming. The web's forms validate with these and the API's DTOs refuse anything past them.
 */
export const LISTING_LIMITS = {
  title: { minLength: 2, maxLength: 100 },
  /** An achievement's summary and a need's description. */
  body: { minLength: 10, maxLength: 5000 },
  keywords: { maxItems: 20, maxLength: 30 },
  inventors: { maxItems: 30, maxLength: 50 },
  patents: { maxItems: 50 },
  patentNumber: { maxLength: 20 },
  region: { maxLength: 50 },
  /** Asking price and budget ends, integer yuan. */
  money: { min: 0, max: MAX_MONEY_YUAN },
  reviewComment: { maxLength: 1000 },
} as const;
