import { LISTING_STATUSES } from './catalog';
import {
  LISTING_LIMITS,
  LISTING_TRANSITIONS,
  MAX_MONEY_YUAN,
  budgetRangeValid,
  deadlineDayValid,
  mayActOnListing,
  nextListingStatus,
  reviewCommentRequired,
} from './listing-rules';

describe('listing review flow', () => {
  it('submits drafts and rejected listings for review, nothing else', () => {
    expect(nextListingStatus('draft', 'submit')).toBe('pending_review');
    expect(nextListingStatus('rejected', 'submit')).toBe('pending_review');
    for (const s of ['pending_review', 'published', 'archived'] as const) expect(nextListingStatus(s, 'submit')).toBeNull();
  });

  it('reviews only what is pending', () => {
    expect(nextListingStatus('pending_review', 'approve')).toBe('published');
    expect(nextListingStatus('pending_review', 'reject')).toBe('rejected');
    for (const s of LISTING_STATUSES.filter((x) => x !== 'pending_review')) {
      expect([s, nextListingStatus(s, 'approve'), nextListingStatus(s, 'reject')]).toEqual([s, null, null]);
    }
  });

  it('edits only drafts and rejected listings, keeping their status', () => {
    expect(nextListingStatus('draft', 'edit')).toBe('draft');
    expect(nextListingStatus('rejected', 'edit')).toBe('rejected');
    expect(nextListingStatus('pending_review', 'edit')).toBeNull();
    expect(nextListingStatus('published', 'edit')).toBeNull();
    expect(nextListingStatus('archived', 'edit')).toBeNull();
  });

  it('archives from every status but archived, once', () => {
    for (const s of ['draft', 'pending_review', 'published', 'rejected'] as const) expect(nextListingStatus(s, 'archive')).toBe('archived');
    expect(nextListingStatus('archived', 'archive')).toBeNull();
  });

  it('draws the status graph from the actions', () => {
    expect(LISTING_TRANSITIONS).toEqual({
      draft: ['pending_review', 'archived'],
      pending_review: ['published', 'rejected', 'archived'],
      published: ['archived'],
      rejected: ['pending_review', 'archived'],
      archived: [],
    });
  });
});

describe('who acts on a listing', () => {
  const owner = { owner: true, staff: false };
  const staff = { owner: false, staff: true };
  const stranger = { owner: false, staff: false };

  it('lets the owner edit and submit a draft, never staff', () => {
    expect(mayActOnListing('edit', 'draft', owner)).toBe(true);
    expect(mayActOnListing('edit', 'rejected', owner)).toBe(true);
    expect(mayActOnListing('edit', 'published', owner)).toBe(false);
    expect(mayActOnListing('edit', 'draft', staff)).toBe(false);
    expect(mayActOnListing('submit', 'rejected', owner)).toBe(true);
    expect(mayActOnListing('submit', 'draft', stranger)).toBe(false);
  });

  it('lets staff, and only staff, review what is pending', () => {
    expect(mayActOnListing('approve', 'pending_review', staff)).toBe(true);
    expect(mayActOnListing('reject', 'pending_review', owner)).toBe(false);
    expect(mayActOnListing('approve', 'draft', staff)).toBe(false);
  });

  it('lets the owner or staff withdraw a draft, a pending, published or rejected listing', () => {
    for (const s of ['draft', 'pending_review', 'published', 'rejected'] as const) {
      expect([s, mayActOnListing('archive', s, owner), mayActOnListing('archive', s, staff), mayActOnListing('archive', s, stranger)]).toEqual([s, true, true, false]);
    }
    expect(mayActOnListing('archive', 'archived', staff)).toBe(false);
  });

  it('wants a reason for a rejection, not for an approval', () => {
    expect(reviewCommentRequired('reject')).toBe(true);
    expect(reviewCommentRequired('approve')).toBe(false);
  });
});

describe('need budgets and deadlines', () => {
  it('takes a budget whose lower end does not exceed the upper end', () => {
    expect(budgetRangeValid(200_000, 800_000)).toBe(true);
    expect(budgetRangeValid(500_000, 500_000)).toBe(true);
    expect(budgetRangeValid(900_000, 800_000)).toBe(false);
  });

  it('takes a deadline from tomorrow on, across month and year ends', () => {
    expect(deadlineDayValid('2026-03-11', '2026-03-10')).toBe(true);
    expect(deadlineDayValid('2026-03-10', '2026-03-10')).toBe(false);
    expect(deadlineDayValid('2026-02-28', '2026-03-10')).toBe(false);
    expect(deadlineDayValid('2027-01-01', '2026-12-31')).toBe(true);
  });
});

describe('listing field limits', () => {
  it('holds the limits both the forms and the API apply', () => {
    expect(LISTING_LIMITS.title).toEqual({ minLength: 2, maxLength: 100 });
    expect(LISTING_LIMITS.body).toEqual({ minLength: 10, maxLength: 5000 });
    expect(LISTING_LIMITS.keywords).toEqual({ maxItems: 20, maxLength: 30 });
    expect(LISTING_LIMITS.inventors).toEqual({ maxItems: 30, maxLength: 50 });
    expect(LISTING_LIMITS.patents.maxItems).toBe(50);
    // An application number with its CN prefix and check character, CN202310123456.6, is 16 characters.
    expect(LISTING_LIMITS.patentNumber.maxLength).toBeGreaterThanOrEqual('CN202310123456.6'.length);
    expect(LISTING_LIMITS.region.maxLength).toBeGreaterThanOrEqual('outside'.length);
    expect(LISTING_LIMITS.reviewComment.maxLength).toBe(1000);
  });

  it('bounds money at one trillion yuan, a safe integer the forms can reach in 万元', () => {
    expect(MAX_MONEY_YUAN).toBe(1_000_000_000_000);
    expect(LISTING_LIMITS.money).toEqual({ min: 0, max: 1_000_000_000_000 });
    expect(Number.isSafeInteger(MAX_MONEY_YUAN)).toBe(true);
    expect(MAX_MONEY_YUAN / 10_000).toBe(100_000_000);
  });
});
