import { defineErrors } from './define';

/** Roadshows, slots, registrations and attendance. */
export const ROADSHOWS_ERRORS = defineErrors('ROADSHOWS', {
  ENDS_BEFORE_START: { status: 400 },
  START_IN_PAST: { status: 400 },
  SLOT_OUTSIDE_EVENT: { status: 400 },
  NOT_ACHIEVEMENT_OWNER: { status: 403 },
  NOT_FOUND: { status: 404 },
  NOT_REGISTERED: { status: 404 },
  SLOT_NOT_FOUND: { status: 404 },
  ACHIEVEMENT_NOT_FOUND: { status: 404 },
  CALENDAR_NOT_FOUND: { status: 404 },
  ACHIEVEMENT_NOT_PUBLISHED: { status: 409 },
  ALREADY_REGISTERED: { status: 409 },
  CANCELLED: { status: 409 },
  ENDED: { status: 409 },
  STARTED: { status: 409 },
  NOT_STARTED: { status: 409 },
  FULL: { status: 409 },
  CAPACITY_BELOW_REGISTERED: { status: 409 },
  SLOTS_OUTSIDE: { status: 409 },
  SLOT_OVERLAP: { status: 409 },
  SLOT_NOT_PENDING: { status: 409 },
  TOO_MANY_PENDING: { status: 409 },
});
