import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IDENTITY_ERRORS, type Member, type Organization, type OrganizationForReview, type Paginated, type Role, type TodoItem, type Verification } from '@market/contracts';
import { isValidCreditCode } from '@market/shared/validators';
import { TOPICS } from '@market/server/events';
import { Audit, fail, Outbox, ChangeSignals, WorkSignals } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import { OrganizationQueries, type OrganizationRow, type PendingFilter } from '../infrastructure/organization.queries';
import { UserQueries } from '../infrastructure/user.queries';
import { Memberships } from './memberships';

const toOrganization = (r: OrganizationRow): Organization => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  region: r.region,
  creditCode: r.credit_code,
  verification: r.verification,
  verificationComment: r.verification_comment,
  verifiedAt: r.verified_at?.toISOString() ?? null,
  createdAt: r.created_at.toISOString(),
});

/**
 * Organizations as their admins and the bureau see them: members, the admin role, and staff
 * verification (机构认证). Also the one query other contexts ask before an organization may publish,
 * bid or be party to a deal.
 */
@Injectable()
export class Organizations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly memberships: Memberships,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly organizations: OrganizationQueries,
    private readonly users: UserQueries,
    private readonly changes: ChangeSignals,
    private readonly work: WorkSignals,
  ) {}

  /** The organization's verification, for the rules that need a verified one (null: no such organization). */
  async verificationOf(organizationId: string, manager: Pick<EntityManager, 'query'> = this.dataSource): Promise<Verification | null> {
    return this.organizations.verificationOf(organizationId, manager);
  }

  async mine(user: AuthUser): Promise<Organization> {
    const row = await this.organizations.byId(user.organizationId);
    if (!row) throw fail(IDENTITY_ERRORS.ORGANIZATION_NOT_FOUND);
    return toOrganization(row);
  }

  async members(user: AuthUser): Promise<Member[]> {
    const rows = await this.users.members(user.organizationId);
    return rows.map((r) => ({ id: r.id, name: r.name, email: r.email, role: r.role, orgRole: r.org_role }));
  }

  /** 403 unless the caller is its organization's admin (read fresh: the role may have been handed on). */
  async assertAdmin(user: AuthUser): Promise<void> {
    if (!(await this.isAdmin(user))) throw fail(IDENTITY_ERRORS.NOT_ADMIN);
  }

  /** Whether the caller is its organization's admin now (read fresh: the role may have been handed on). */
  async isAdmin(user: AuthUser): Promise<boolean> {
    return (await this.users.orgRoleOf(user.id, user.organizationId)) === 'admin';
  }

  /** Removes a member: its sign-in and every token it holds stop working at once. */
  async removeMember(admin: AuthUser, userId: string): Promise<void> {
    await this.assertAdmin(admin);
    if (userId === admin.id) throw fail(IDENTITY_ERRORS.REMOVE_SELF);
    await this.dataSource.transaction(async (m) => {
      if (!(await this.users.remove(m, userId, admin.organizationId))) throw fail(IDENTITY_ERRORS.MEMBER_NOT_FOUND);
      await this.memberships.revoke(m, userId);
      await this.audit.record(m, { actor: admin, action: 'organization.remove_member', subjectType: 'organization', subjectId: admin.organizationId, details: { userId } });
    });
    await this.memberships.announce(userId);
  }

  /** Hands the admin role to another member; the caller stays on as a member. */
  async transferAdmin(admin: AuthUser, userId: string): Promise<Member[]> {
    await this.assertAdmin(admin);
    await this.dataSource.transaction(async (m) => {
      if (!(await this.users.makeAdmin(m, userId, admin.organizationId, admin.id))) throw fail(IDENTITY_ERRORS.MEMBER_NOT_FOUND);
      await this.users.makeMember(m, admin.id);
      await this.audit.record(m, { actor: admin, action: 'organization.transfer_admin', subjectType: 'organization', subjectId: admin.organizationId, details: { to: userId } });
    });
    return this.members(admin);
  }

  /** Staff's part of `GET /api/me/todo`: organizations waiting for verification, oldest first. */
  async workFor(user: AuthUser, entries: number): Promise<TodoItem[]> {
    if (user.role !== 'staff') return [];
    const queue = await this.verificationQueue({}, 1, entries);
    return [
      {
        kind: 'verification',
        count: queue.total,
        link: '/organizations/verification',
        entries: queue.items.map((o) => ({ title: o.name, link: '/organizations/verification', note: null, stage: null, at: o.createdAt })),
      },
    ];
  }

  /** Pending organizations (oldest first unless asked otherwise), with what staff check: the credit code and its check character, the admin. */
  async verificationQueue(filter: PendingFilter, page: number, pageSize: number): Promise<Paginated<OrganizationForReview>> {
    const { rows, total } = await this.organizations.pendingPage(filter, pageSize, (page - 1) * pageSize);
    return {
      items: rows.map((r) => ({
        ...toOrganization(r),
        creditCodeValid: r.credit_code === null ? null : isValidCreditCode(r.credit_code),
        admin: r.admin_id ? { id: r.admin_id, name: r.admin_name as string, email: r.admin_email as string, role: r.admin_role as Role } : null,
        members: r.members,
      })),
      total,
      page,
      pageSize,
    };
  }

  /** Staff verify or reject (with a reason) a pending organization; audited, and its members are told. */
  async verify(staff: AuthUser, id: string, decision: 'approve' | 'reject', comment?: string): Promise<{ id: string; verification: Verification }> {
    const reason = comment?.trim() || null;
    if (decision === 'reject' && !reason) throw fail(IDENTITY_ERRORS.REASON_REQUIRED);
    const verification: Verification = decision === 'approve' ? 'verified' : 'rejected';
    const answer = await this.dataSource.transaction(async (m) => {
      const row = await this.organizations.lockForDecision(m, id);
      if (!row) throw fail(IDENTITY_ERRORS.ORGANIZATION_NOT_FOUND);
      if (row.kind === 'bureau') throw fail(IDENTITY_ERRORS.BUREAU);
      if (row.verification !== 'pending') throw fail(IDENTITY_ERRORS.ALREADY_DECIDED, row.verification === 'verified' ? { decision: '通过认证', decisionEn: 'verified' } : { decision: '被驳回', decisionEn: 'rejected' });
      await this.organizations.decide(m, id, verification, reason, staff.id);
      await this.audit.record(m, { actor: staff, action: 'organization.verify', subjectType: 'organization', subjectId: id, details: { decision, comment: reason } });
      // the members hear of it through the notifications context (identity does not depend on it)
      await this.outbox.add(m, TOPICS.organizationDecided, { organizationId: id, name: row.name, decision, comment: reason });
      return { id, verification };
    });
    await this.outbox.kick('organization verified');
    await this.changes.touch('organizations');
    await this.work.nudge({ staff: true }, { organization: id });
    return answer;
  }
}
