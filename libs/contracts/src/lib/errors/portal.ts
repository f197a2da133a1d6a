import { defineErrors } from './define';

/** The portal: announcements (通知公告, 政策法规). */
export const PORTAL_ERRORS = defineErrors('PORTAL', {
  NOT_FOUND: { status: 404 },
  EMPTY_BODY: { status: 400 },
});
