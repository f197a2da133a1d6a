import { canManageOrganizationItem, isMemberOf, roleAllowed, roleFitsKind, type AuthUser } from './access';

const researcher: AuthUser = { id: 'u1', role: 'researcher', organizationId: 'org-a' };
const staff: AuthUser = { id: 'u2', role: 'staff', organizationId: 'bureau' };

describe('access rules', () => {
  it('fits roles to organization kinds', () => {
    expect(roleFitsKind('researcher', 'university')).toBe(true);
    expect(roleFitsKind('researcher', 'institute')).toBe(true);
    expect(roleFitsKind('researcher', 'enterprise')).toBe(false);
    expect(roleFitsKind('enterprise', 'enterprise')).toBe(true);
    expect(roleFitsKind('enterprise', 'agency')).toBe(false);
    expect(roleFitsKind('broker', 'agency')).toBe(true);
    expect(roleFitsKind('broker', 'university')).toBe(false);
    expect(roleFitsKind('staff', 'bureau')).toBe(true);
  });

  it('lets any signed-in role through when no roles are required', () => {
    expect(roleAllowed('enterprise', [])).toBe(true);
  });

  it('allows only the listed roles', () => {
    expect(roleAllowed('staff', ['staff'])).toBe(true);
    expect(roleAllowed('researcher', ['staff'])).toBe(false);
    expect(roleAllowed('broker', ['broker', 'staff'])).toBe(true);
  });

  it('lets the owner organization and staff manage an item', () => {
    expect(canManageOrganizationItem(researcher, 'org-a')).toBe(true);
    expect(canManageOrganizationItem(researcher, 'org-b')).toBe(false);
    expect(canManageOrganizationItem(staff, 'org-b')).toBe(true);
  });

  it('counts only real members as members', () => {
    expect(isMemberOf(researcher, 'org-a')).toBe(true);
    expect(isMemberOf(staff, 'org-a')).toBe(false);
  });
});
