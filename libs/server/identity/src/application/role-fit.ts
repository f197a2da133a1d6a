import { IDENTITY_ERRORS, KINDS_OF_ROLE, ORGANIZATION_KIND_LABELS, ROLE_LABELS, type Role } from '@market/contracts';
import { fail, type DomainError } from '@market/server/platform';

/** The 400 for a role that cannot speak for the organization (KINDS_OF_ROLE), naming what it can. */
export function roleDoesNotFit(role: Role): DomainError {
  const kinds = KINDS_OF_ROLE[role].map((k) => ORGANIZATION_KIND_LABELS[k]);
  return fail(IDENTITY_ERRORS.ROLE_KIND_MISMATCH, {
    role: ROLE_LABELS[role].zh,
    roleEn: ROLE_LABELS[role].en,
    kinds: kinds.map((k) => k.zh).join('或'),
    kindsEn: kinds.map((k) => k.en).join(' or '),
  });
}
