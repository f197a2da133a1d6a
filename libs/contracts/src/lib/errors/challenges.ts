import { defineErrors } from './define';

/** Challenges (揭榜挂帅): listing, applications, reviews, the award and its announcement. */
export const CHALLENGE_ERRORS = defineErrors('CHALLENGE', {
  DEADLINE_PAST: { status: 400 },
  CRITERIA: { status: 400 },
  SCORES: { status: 400 },
  REVIEWER_UNKNOWN: { status: 400 },
  REVIEWERS_REQUIRED: { status: 400 },
  ANNOUNCEMENT_END: { status: 400 },
  REASON_REQUIRED: { status: 400 },
  NOTE_REQUIRED: { status: 400 },
  NOT_PUBLISHER: { status: 403 },
  NOT_ADMIN: { status: 403 },
  ORG_NOT_VERIFIED: { status: 403 },
  OWN_CHALLENGE: { status: 403 },
  NOT_REVIEWER: { status: 403 },
  REVIEWER_CONFLICT: { status: 403 },
  APPLICATIONS_HIDDEN: { status: 403 },
  NOT_FOUND: { status: 404 },
  APPLICATION_NOT_FOUND: { status: 404 },
  OBJECTION_NOT_FOUND: { status: 404 },
  STATUS_CONFLICT: { status: 409 },
  ALREADY_APPLIED: { status: 409 },
  CLOSED: { status: 409 },
  DEADLINE_PASSED: { status: 409 },
  REVIEWER_PUBLISHER: { status: 409 },
  OBJECTION_RESOLVED: { status: 409 },
});
