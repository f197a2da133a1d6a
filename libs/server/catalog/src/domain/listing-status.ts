import { LISTING_ACTION_FROM, nextListingStatus, type ListingAction, type ListingStatus } from '@market/contracts';

/**
 * The review flow shared by achievements and needs is one rule for the API and the web, so it
 * lives in @market/contracts (`listing-rules.ts`): draft → pending_review → published | rejected;
 * rejected can be edited and submitted again; anything not yet archived can be archived
 * (withdrawn) by its owner or staff. The server refuses every other move with 409.
 */
export { nextListingStatus, type ListingAction };

/** The statuses an action is allowed from, for the 409's message. */
export function allowedFrom(action: ListingAction): readonly ListingStatus[] {
  return LISTING_ACTION_FROM[action];
}
