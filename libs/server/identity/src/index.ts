// Identity's public face: the module (with its entity list for the composition root), the staff
// command, the directory other contexts read people and organizations through, and the access
// helpers that guard their routes. Never its entities or tables.
export { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from './identity.module';
export { Accounts, BUREAU_NAME } from './application/accounts';
export { AccessTokens, type VerifiedToken } from './application/access-tokens';
export { Directory, type OrganizationCard, type PersonCard } from './application/directory';
export { Organizations } from './application/organizations';
export { Auth, OptionalAuth, CurrentUser } from './http/auth.decorators';
export { type AuthUser, roleAllowed, canManageOrganizationItem, isMemberOf, roleFitsKind } from './domain/access';
