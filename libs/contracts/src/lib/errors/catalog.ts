import { defineErrors } from './define';

/** Achievements and needs and their review flow. `{noun}` is 成果 or 需求 (achievement or need). */
export const CATALOG_ERRORS = defineErrors('CATALOG', {
  UNKNOWN_REGION: { status: 400 },
  BUDGET_RANGE: { status: 400 },
  BAD_DEADLINE: { status: 400 },
  DEADLINE_PAST: { status: 400 },
  NOT_OWNER: { status: 403 },
  NOT_FOUND: { status: 404 },
  STATUS_CONFLICT: { status: 409 },
  HELD: { status: 409 },
  ORG_NOT_VERIFIED: { status: 409 },
});
