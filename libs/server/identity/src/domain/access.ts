import { KINDS_OF_ROLE, type OrganizationKind, type Role } from '@market/contracts';

/** The signed-in caller as every context sees it (from the verified token). */
export interface AuthUser {
  id: string;
  role: Role;
  organizationId: string;
  /** The token's version of the user (docs/decisions/0007); absent in tokens made before it existed. */
  tokenVersion?: number;
}

/** A role guard's rule: no roles listed means any signed-in user. */
export function roleAllowed(userRole: Role, allowed: readonly Role[]): boolean {
  return allowed.length === 0 || allowed.includes(userRole);
}

/** Ownership: members of the owning organization, and staff, who oversee everything. */
export function canManageOrganizationItem(user: AuthUser, ownerOrganizationId: string): boolean {
  return user.role === 'staff' || user.organizationId === ownerOrganizationId;
}

/** Members of the owning organization only (staff do not act for an organization). */
export function isMemberOf(user: AuthUser, organizationId: string): boolean {
  return user.organizationId === organizationId;
}

/** Whether a role may speak for an organization of this kind (KINDS_OF_ROLE). */
export function roleFitsKind(role: Role, kind: OrganizationKind): boolean {
  return KINDS_OF_ROLE[role].includes(kind);
}
