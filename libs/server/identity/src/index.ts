// Identity's public face: the module, its tables, the staff command, and the access helpers that
// later contexts use to guard their routes.
export { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from './identity.module';
export { Accounts, BUREAU_NAME } from './application/accounts';
export { AccessTokens, type VerifiedToken } from './application/access-tokens';
export { Organizations, ORGANIZATION_DECIDED, type OrganizationDecided } from './application/organizations';
export { Auth, OptionalAuth, CurrentUser } from './http/auth.decorators';
export { type AuthUser, roleAllowed, canManageOrganizationItem, isMemberOf, roleFitsKind } from './domain/access';
export { OrganizationEntity } from './infrastructure/organization.entity';
export { UserEntity } from './infrastructure/user.entity';
