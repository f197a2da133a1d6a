import type { Role, Verification } from '@market/contracts';

/** Why an organization may not apply to a challenge, or null when it may. */
export type ApplicationRefusal = 'role' | 'not_verified' | 'own_challenge' | 'not_open' | 'closed';

export interface Applicant {
  role: Role;
  organizationId: string;
  verification: Verification | null;
}

export interface ChallengeForApplying {
  status: string;
  organizationId: string;
  /** Whether the deadline has passed by the database's clock (the one the deadline's move uses). */
  deadlinePassed: boolean;
}

/** The roles that apply (揭榜): research teams and enterprises, for their organizations. */
export const APPLICANT_ROLES: readonly Role[] = ['researcher', 'enterprise'];

/**
 * Who may apply, in the order the refusals are told: a researcher or an enterprise, not of the
 * publisher's own organization, of a verified one, while the challenge is open and before its deadline.
 */
export function applicationRefusal(applicant: Applicant, challenge: ChallengeForApplying): ApplicationRefusal | null {
  if (!APPLICANT_ROLES.includes(applicant.role)) return 'role';
  if (applicant.organizationId === challenge.organizationId) return 'own_challenge';
  if (applicant.verification !== 'verified') return 'not_verified';
  if (challenge.status === 'evaluating' || (challenge.status === 'open' && challenge.deadlinePassed)) return 'closed';
  if (challenge.status !== 'open') return 'not_open';
  return null;
}
