import { defineErrors } from './define';

/** What any route may answer, whatever the context. */
export const PLATFORM_ERRORS = defineErrors('PLATFORM', {
  VALIDATION: { status: 400 },
  INVALID_INPUT: { status: 400 },
  BAD_JSON: { status: 400 },
  BODY_TOO_LARGE: { status: 413 },
  RATE_LIMITED: { status: 429 },
  BUSY: { status: 503 },
});

export const SEARCH_ERRORS = defineErrors('SEARCH', {
  UNAVAILABLE: { status: 503 },
});

export const NOTIFICATION_ERRORS = defineErrors('NOTIFICATION', {
  NOT_FOUND: { status: 404 },
});

export const MATCHING_ERRORS = defineErrors('MATCHING', {
  NOT_ALLOWED: { status: 403 },
  WORKBENCH_TOO_OFTEN: { status: 429 },
});
