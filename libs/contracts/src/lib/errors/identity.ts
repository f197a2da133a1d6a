import { defineErrors } from './define';

/** Signing in and access to routes. */
export const AUTH_ERRORS = defineErrors('AUTH', {
  BAD_CREDENTIALS: { status: 401 },
  TOKEN_REQUIRED: { status: 401 },
  TOKEN_REVOKED: { status: 401 },
  USER_GONE: { status: 401 },
  REMOVED: { status: 401 },
  ROLE_NOT_ALLOWED: { status: 403 },
  TOO_MANY_FAILED_LOGINS: { status: 429 },
});

/** Organizations, members, invitations and verification. */
export const IDENTITY_ERRORS = defineErrors('IDENTITY', {
  BAD_EMAIL: { status: 400 },
  WEAK_PASSWORD: { status: 400 },
  BAD_INVITATION: { status: 400 },
  ORGANIZATION_OR_INVITATION: { status: 400 },
  BUREAU_NOT_SELF_SERVICE: { status: 400 },
  CREDIT_CODE_REQUIRED: { status: 400 },
  ROLE_KIND_MISMATCH: { status: 400 },
  UNKNOWN_REGION: { status: 400 },
  REASON_REQUIRED: { status: 400 },
  NOT_ADMIN: { status: 403 },
  ORGANIZATION_NOT_FOUND: { status: 404 },
  MEMBER_NOT_FOUND: { status: 404 },
  INVITATION_NOT_FOUND: { status: 404 },
  EMAIL_TAKEN: { status: 409 },
  ORGANIZATION_EXISTS: { status: 409 },
  CREDIT_CODE_TAKEN: { status: 409 },
  REMOVE_SELF: { status: 409 },
  BUREAU: { status: 409 },
  ALREADY_DECIDED: { status: 409 },
});
