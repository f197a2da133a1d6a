import type { ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '@market/server/platform';
import type { Role } from '@market/contracts';
import { ROLES_KEY, RolesGuard } from './auth.decorators';

function contextFor(user: { role: Role } | undefined, roles: Role[] | undefined): ExecutionContext {
  const handler = () => undefined;
  if (roles) Reflect.defineMetadata(ROLES_KEY, roles, handler);
  return {
    getHandler: () => handler,
    getClass: () => class {},
    switchToHttp: () => ({ getRequest: () => ({ user: user && { id: 'u', organizationId: 'o', ...user } }) }),
  } as unknown as ExecutionContext;
}

describe('RolesGuard', () => {
  const guard = new RolesGuard(new Reflector());

  it('lets a caller with an allowed role through', () => {
    expect(guard.canActivate(contextFor({ role: 'staff' }, ['staff']))).toBe(true);
  });

  it('lets any signed-in caller through when no role is named', () => {
    expect(guard.canActivate(contextFor({ role: 'enterprise' }, []))).toBe(true);
    expect(guard.canActivate(contextFor({ role: 'broker' }, undefined))).toBe(true);
  });

  it('refuses another role with a forbidden domain error', () => {
    let error: unknown;
    try {
      guard.canActivate(contextFor({ role: 'researcher' }, ['staff', 'broker']));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('forbidden');
    expect((error as DomainError).code).toBe('AUTH.ROLE_NOT_ALLOWED');
    // the roles by their Chinese names in the message, and both names in the params for the web
    expect((error as DomainError).message).toBe('只有科技局工作人员、技术经纪人可以执行此操作');
    expect((error as DomainError).params).toEqual({ roles: '科技局工作人员、技术经纪人', rolesEn: 'Bureau staff or Technology broker' });
  });

  it('refuses when nobody is signed in', () => {
    expect(guard.canActivate(contextFor(undefined, ['staff']))).toBe(false);
  });
});
