export const ROLES = ['researcher', 'enterprise', 'broker', 'staff'] as const;
export type Role = (typeof ROLES)[number];

/** Staff accounts come from the command line or the environment, never from self-registration. */
export const SELF_REGISTRABLE_ROLES = ['researcher', 'enterprise', 'broker'] as const;
export type SelfRegistrableRole = (typeof SELF_REGISTRABLE_ROLES)[number];

export const ORGANIZATION_KINDS = ['university', 'institute', 'enterprise', 'agency', 'bureau'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  researcher: { zh: '科研人员', en: 'Researcher' },
  enterprise: { zh: '企业用户', en: 'Enterprise' },
  broker: { zh: '技术经纪人', en: 'Technology broker' },
  staff: { zh: '科技局工作人员', en: 'Bureau staff' },
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, { zh: string; en: string }> = {
  university: { zh: '高校', en: 'University' },
  institute: { zh: '科研院所', en: 'Research institute' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  agency: { zh: '经纪机构', en: 'Broker agency' },
  bureau: { zh: '科技局', en: 'Science and technology bureau' },
};

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
  organization: OrganizationSummary;
}

export interface RegisterOrganizationRequest {
  name: string;
  kind: OrganizationKind;
  region?: string;
  creditCode?: string;
}

export interface RegisterRequest {
  email: string;
  password: string;
  name: string;
  role: SelfRegistrableRole;
  organization: RegisterOrganizationRequest;
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
}
