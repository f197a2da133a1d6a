import { labels } from './i18n';
export const ROLES = ['researcher', 'enterprise', 'broker', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Staff accounts come from the command line or the environment, never from self-registration. */
export const SELF_REGISTRABLE_ROLES = ['researcher', 'enterprise', 'broker'] as const;
export type SelfRegistrableRole = (typeof SELF_REGISTRABLE_ROLES)[number];

export const ORGANIZATION_KINDS = ['university', 'institute', 'enterprise', 'agency', 'bureau'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ROLE_LABELS = labels('role', ROLES);

export const ORGANIZATION_KIND_LABELS = labels('organizationKind', ORGANIZATION_KINDS);

/**
 * Which role fits which kind of organization: researchers speak for universities and
 * institutes, enterprise users for enterprises, brokers for agencies, staff for the bureau.
 */
export const KINDS_OF_ROLE: Record<Role, readonly OrganizationKind[]> = {
  researcher: ['university', 'institute'],
  enterprise: ['enterprise'],
  broker: ['agency'],
  staff: ['bureau'],
};

export const ORG_ROLES = ['admin', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const ORG_ROLE_LABELS = labels('orgRole', ORG_ROLES);

/** 机构认证: staff verify a new organization before it may publish, bid or be party to a deal. */
export const VERIFICATIONS = ['pending', 'verified', 'rejected'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const VERIFICATION_LABELS = labels('verification', VERIFICATIONS);

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export interface OrganizationSummary {
  id: string;
  name: string;
  kind: OrganizationKind;
  region: string | null;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgRole: OrgRole;
  organization: OrganizationSummary & { verification: Verification };
}

/** The caller's organization as its members see it (GET /api/organizations/mine). */
export interface Organization extends OrganizationSummary {
  verification: Verification;
  creditCode: string | null;
  /** Staff's reason when the verification was rejected. */
  verificationComment: string | null;
  verifiedAt: string | null;
  createdAt: string;
}

/** An organization waiting in the staff's verification queue, with what staff check. */
export interface OrganizationForReview extends Organization {
  /** Whether the credit code's GB 32100-2015 check character is right (null without a code). */
  creditCodeValid: boolean | null;
  admin: { id: string; name: string; email: string; role: Role } | null;
  members: number;
}

export interface Member {
  id: string;
  name: string;
  email: string;
  role: Role;
  orgRole: OrgRole;
}

export interface CreateInvitationRequest {
  maxUses?: number;
  expiresInDays?: number;
}

/** A new invitation: the code is shown once, here; the platform keeps only its hash. */
export interface Invitation {
  id: string;
  code: string;
  expiresAt: string;
  maxUses: number;
}

/** An invitation as the admin's list shows it (without the code). */
export interface InvitationSummary {
  id: string;
  expiresAt: string;
  maxUses: number;
  uses: number;
  revokedAt: string | null;
  createdAt: string;
}

export interface VerifyOrganizationRequest {
  decision: 'approve' | 'reject';
  comment?: string;
}

export interface RegisterOrganizationRequest {
  name: string;
  kind: OrganizationKind;
  region?: string;
  creditCode?: string;
}

/** Exactly one of `organization` (create it, become its admin) and `invitationCode` (join as a member). */
export interface RegisterRequest {
  email: string;
  password: string;
  name: string;
  role: SelfRegistrableRole;
  organization?: RegisterOrganizationRequest;
  invitationCode?: string;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export interface AuthAnswer {
  accessToken: string;
  user: User;
}

/** Public, non-secret settings the web app needs before anyone signs in. */
export interface PublicConfig {
  regions: string[];
  /** The market's time zone (IANA name, `TIME_ZONE`, default Asia/Shanghai): every page shows and reads times in it. */
  timeZone: string;
  /** Who runs the platform, for the footer: 主办单位, contact, ICP 备案号, 公安备案号 (null when none). */
  site?: { host: string; contact: string; icp: string; publicSecurity: string | null };
}
