import { defineErrors } from './define';

/** Deals, contracts, confirmation and registration, brokers. */
export const DEALS_ERRORS = defineErrors('DEALS', {
  MISSING_FACTS: { status: 400 },
  SAME_PARTY: { status: 400 },
  NEED_NOT_BUYERS: { status: 400 },
  NOT_A_BROKER: { status: 400 },
  BROKER_BY_STAFF: { status: 403 },
  NOT_BROKER: { status: 403 },
  NOT_A_PARTY: { status: 403 },
  REGISTER_BY_STAFF: { status: 403 },
  NOT_FOUND: { status: 404 },
  ACHIEVEMENT_NOT_FOUND: { status: 404 },
  NEED_NOT_FOUND: { status: 404 },
  BUYER_NOT_FOUND: { status: 404 },
  BROKER_NOT_FOUND: { status: 404 },
  ACHIEVEMENT_NOT_PUBLISHED: { status: 409 },
  ALREADY_OPEN: { status: 409 },
  ORG_NOT_VERIFIED: { status: 409 },
  STAGE_CONFLICT: { status: 409 },
  NOT_CONFIRMABLE: { status: 409 },
  NOT_CONFIRMED: { status: 409 },
  NOT_REGISTERED: { status: 409 },
  REGISTRATION_NUMBER_TAKEN: { status: 409 },
});

/** The statistics board. */
export const STATS_ERRORS = defineErrors('STATS', {
  BAD_YEAR: { status: 400 },
});
