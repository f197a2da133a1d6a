import { applyDecorators, CanActivate, createParamDecorator, ExecutionContext, Injectable, SetMetadata, UseGuards } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AUTH_ERRORS, ROLE_LABELS, type Role } from '@market/contracts';
import { fail } from '@market/server/platform';
import { roleAllowed, type AuthUser } from '../domain/access';

export const ROLES_KEY = 'market:roles';

/** Verifies the bearer token; 401 when it is missing, malformed or expired. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  /** The strategy's own refusal (AUTH.TOKEN_REVOKED) as it is; no usable token is AUTH.TOKEN_REQUIRED. */
  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    if (err) throw err;
    if (!user) throw fail(AUTH_ERRORS.TOKEN_REQUIRED);
    return user;
  }
}

/** Reads the token when there is one, lets anonymous callers through as `undefined`. */
@Injectable()
export class OptionalJwtAuthGuard extends AuthGuard('jwt') {
  override handleRequest<TUser>(err: unknown, user: TUser): TUser {
    return (err ? undefined : user || undefined) as TUser;
  }
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    await (super.canActivate(context) as Promise<boolean>).catch(() => true);
    return true;
  }
}

/** 403 unless the signed-in caller has one of the roles named by @Auth(...). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    const user = context.switchToHttp().getRequest<{ user?: AuthUser }>().user;
    if (!user) return false;
    if (!roleAllowed(user.role, roles)) {
      throw fail(AUTH_ERRORS.ROLE_NOT_ALLOWED, { roles: roles.map((r) => ROLE_LABELS[r].zh).join('、'), rolesEn: roles.map((r) => ROLE_LABELS[r].en).join(' or ') });
    }
    return true;
  }
}

/** Signed in, and (when roles are given) one of these roles. */
export function Auth(...roles: Role[]) {
  return applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    UseGuards(JwtAuthGuard, RolesGuard),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'no or bad token' }),
    ...(roles.length ? [ApiForbiddenResponse({ description: `requires role: ${roles.join(', ')}` })] : []),
  );
}

/** Anyone; the caller is known when a valid token is sent. */
export function OptionalAuth() {
  return applyDecorators(UseGuards(OptionalJwtAuthGuard), ApiBearerAuth());
}

/** The verified caller (undefined on routes with OptionalAuth and no token). */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser | undefined => {
  return ctx.switchToHttp().getRequest<{ user?: AuthUser }>().user;
});
