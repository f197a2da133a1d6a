import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { IDENTITY_ERRORS, type Invitation, type InvitationSummary, type OrganizationKind, type Role } from '@market/contracts';
import { updateReturning, Audit, fail } from '@market/server/platform';
import { roleFitsKind, type AuthUser } from '../domain/access';
import { DEFAULT_INVITATION_DAYS, DEFAULT_INVITATION_USES, invitationCode, invitationRefusal, normalizeInvitationCode } from '../domain/invitation';
import { roleDoesNotFit } from './role-fit';

const hashOf = (code: string) => createHash('sha256').update(normalizeInvitationCode(code), 'utf8').digest('hex');

interface InvitationRow {
  id: string;
  organization_id: string;
  organization_kind: OrganizationKind;
  max_uses: number;
  uses: number;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: Date;
}

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
  ) {}

  async create(admin: AuthUser, maxUses = DEFAULT_INVITATION_USES, expiresInDays = DEFAULT_INVITATION_DAYS): Promise<Invitation> {
    const code = invitationCode(randomBytes(16));
    return this.dataSource.transaction(async (m) => {
      const [row]: Array<{ id: string; expires_at: Date; max_uses: number }> = await m.query(
        `INSERT INTO invitations (organization_id, code_hash, created_by, max_uses, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id, expires_at, max_uses`,
        [admin.organizationId, hashOf(code), admin.id, maxUses, expiresInDays],
      );
      await this.audit.record(m, { actor: admin, action: 'organization.invite', subjectType: 'organization', subjectId: admin.organizationId, details: { invitationId: row.id, maxUses, expiresInDays } });
      return { id: row.id, code, expiresAt: row.expires_at.toISOString(), maxUses: row.max_uses };
    });
  }

  async list(admin: AuthUser): Promise<InvitationSummary[]> {
    const rows: InvitationRow[] = await this.dataSource.query(`SELECT * FROM invitations WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 100`, [admin.organizationId]);
    return rows.map((r) => ({ id: r.id, expiresAt: r.expires_at.toISOString(), maxUses: r.max_uses, uses: r.uses, revokedAt: r.revoked_at?.toISOString() ?? null, createdAt: r.created_at.toISOString() }));
  }

  async revoke(admin: AuthUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const rows = await updateReturning<{ id: string }>(
        m,`UPDATE invitations SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND organization_id = $2 RETURNING id`, [id, admin.organizationId]);
      if (rows.length === 0) throw fail(IDENTITY_ERRORS.INVITATION_NOT_FOUND);
      await this.audit.record(m, { actor: admin, action: 'organization.revoke_invitation', subjectType: 'organization', subjectId: admin.organizationId, details: { invitationId: id } });
    });
  }

  /**
   * Uses one of the invitation's uses inside the sign-up's transaction, under its row lock, so
   * that a code for one person admits one person however many try at once.
   */
  async redeem(manager: EntityManager, code: string, role: Role): Promise<{ organizationId: string; orgRole: 'member' }> {
    const [row]: InvitationRow[] = await manager.query(
      `SELECT i.*, o.kind AS organization_kind FROM invitations i JOIN organizations o ON o.id = i.organization_id WHERE i.code_hash = $1 FOR UPDATE OF i`,
      [hashOf(code)],
    );
    if (!row) throw fail(IDENTITY_ERRORS.BAD_INVITATION, REFUSED.unknown);
    const refusal = invitationRefusal({ expiresAt: row.expires_at, revokedAt: row.revoked_at, uses: row.uses, maxUses: row.max_uses }, new Date());
    if (refusal) throw fail(IDENTITY_ERRORS.BAD_INVITATION, REFUSED[refusal]);
    if (!roleFitsKind(role, row.organization_kind)) throw roleDoesNotFit(role);
    await manager.query(`UPDATE invitations SET uses = uses + 1 WHERE id = $1`, [row.id]);
    return { organizationId: row.organization_id, orgRole: 'member' };
  }
}
