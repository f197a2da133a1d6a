import { defineErrors } from './define';

/** Auctions, lots, registrations and bids. `{i}` is the lot's index in the request. */
export const AUCTION_ERRORS = defineErrors('AUCTION', {
  ENDS_BEFORE_START: { status: 400 },
  ENDS_IN_PAST: { status: 400 },
  DUPLICATE_LOT: { status: 400 },
  ACHIEVEMENT_MISSING: { status: 400 },
  ACHIEVEMENT_NOT_PUBLISHED: { status: 400 },
  DEPOSIT_TOO_LOW: { status: 400 },
  BAD_IDEMPOTENCY_KEY: { status: 400 },
  ENTERPRISES_ONLY: { status: 403 },
  ORG_NOT_VERIFIED: { status: 403 },
  OWN_LOT: { status: 403 },
  NOT_REGISTERED: { status: 403 },
  DEPOSIT_PENDING: { status: 403 },
  NOT_FOUND: { status: 404 },
  LOT_NOT_FOUND: { status: 404 },
  REGISTRATION_NOT_FOUND: { status: 404 },
  ALREADY_REGISTERED: { status: 409 },
  FINISHED: { status: 409 },
  LOT_OVERLAP: { status: 409 },
  LOT_NOT_OPEN: { status: 409 },
  LOT_CLOSED: { status: 409 },
  BID_TOO_LOW: { status: 409 },
  ALREADY_LEADING: { status: 409 },
  BIDS_TOO_FAST: { status: 429 },
});
