import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IDENTITY_ERRORS, type Invitation, type InvitationSummary, type Role } from '@market/contracts';
import { Audit, fail } from '@market/server/platform';
import { InvitationQueries } from '../infrastructure/invitation.queries';
import { roleFitsKind, type AuthUser } from '../domain/access';
import { DEFAULT_INVITATION_DAYS, DEFAULT_INVITATION_USES, invitationCode, invitationRefusal, normalizeInvitationCode } from '../domain/invitation';
import { roleDoesNotFit } from './role-fit';

const hashOf = (code: string) => createHash('sha256').update(normalizeInvitationCode(code), 'utf8').digest('hex');

/** Why a code admits nobody: the `{reason}` and `{reasonEn}` of IDENTITY.BAD_INVITATION. */
const REFUSED = {
  unknown: { reason: '邀请码无效', reasonEn: 'not a valid invitation code' },
  revoked: { reason: '邀请码已被撤销', reasonEn: 'this invitation was revoked' },
  expired: { reason: '邀请码已过期', reasonEn: 'this invitation has expired' },
  used_up: { reason: '邀请码已用完', reasonEn: 'this invitation has been used up' },
};

/** Invitation codes an organization's admin issues, lists and revokes; sign-up redeems them. */
@Injectable()
export class Invitations {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly invitations: InvitationQueries,
  ) {}

  async create(admin: AuthUser, maxUses = DEFAULT_INVITATION_USES, expiresInDays = DEFAULT_INVITATION_DAYS): Promise<Invitation> {
    const code = invitationCode(randomBytes(16));
    return this.dataSource.transaction(async (m) => {
      const row = await this.invitations.insert(m, { organizationId: admin.organizationId, codeHash: hashOf(code), createdBy: admin.id, maxUses, expiresInDays });
      await this.audit.record(m, { actor: admin, action: 'organization.invite', subjectType: 'organization', subjectId: admin.organizationId, details: { invitationId: row.id, maxUses, expiresInDays } });
      return { id: row.id, code, expiresAt: row.expires_at.toISOString(), maxUses: row.max_uses };
    });
  }

  async list(admin: AuthUser): Promise<InvitationSummary[]> {
    const rows = await this.invitations.ofOrganization(admin.organizationId);
    return rows.map((r) => ({ id: r.id, expiresAt: r.expires_at.toISOString(), maxUses: r.max_uses, uses: r.uses, revokedAt: r.revoked_at?.toISOString() ?? null, createdAt: r.created_at.toISOString() }));
  }

  async revoke(admin: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      if (!(await this.invitations.revoke(m, id, admin.organizationId))) throw fail(IDENTITY_ERRORS.INVITATION_NOT_FOUND);
      await this.audit.record(m, { actor: admin, action: 'organization.revoke_invitation', subjectType: 'organization', subjectId: admin.organizationId, details: { invitationId: id } });
    });
  }

  /**
   * Uses one of the invitation's uses inside the sign-up's transaction, under its row lock, so
   * that a code for one person admits one person however many try at once.
   */
  async redeem(manager: EntityManager, code: string, role: Role): Promise<{ organizationId: string; orgRole: 'member' }> {
    const row = await this.invitations.lockByCodeHash(manager, hashOf(code));
    if (!row) throw fail(IDENTITY_ERRORS.BAD_INVITATION, REFUSED.unknown);
    const refusal = invitationRefusal({ expiresAt: row.expires_at, revokedAt: row.revoked_at, uses: row.uses, maxUses: row.max_uses }, new Date());
    if (refusal) throw fail(IDENTITY_ERRORS.BAD_INVITATION, REFUSED[refusal]);
    if (!roleFitsKind(role, row.organization_kind)) throw roleDoesNotFit(role);
    await this.invitations.use(manager, row.id);
    return { organizationId: row.organization_id, orgRole: 'member' };
  }
}
