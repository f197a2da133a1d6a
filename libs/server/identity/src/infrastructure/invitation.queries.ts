import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganizationKind } from '@market/contracts';
import { updateReturning } from '@market/server/platform';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

export interface InvitationRow {
  id: string;
  organization_id: string;
  organization_kind: OrganizationKind;
  max_uses: number;
  uses: number;
  expires_at: Date;
  revoked_at: Date | null;
  created_at: Date;
}

/** The SQL of `invitations` (codes are stored as hashes only). */
@Injectable()
export class InvitationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(m: Db, i: { organizationId: string; codeHash: string; createdBy: string; maxUses: number; expiresInDays: number }): Promise<{ id: string; expires_at: Date; max_uses: number }> {
    const [row]: Array<{ id: string; expires_at: Date; max_uses: number }> = await m.query(
      `INSERT INTO invitations (organization_id, code_hash, created_by, max_uses, expires_at)
         VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING id, expires_at, max_uses`,
      [i.organizationId, i.codeHash, i.createdBy, i.maxUses, i.expiresInDays],
    );
    return row;
  }

  /** The organization's newest 100. */
  async ofOrganization(organizationId: string): Promise<InvitationRow[]> {
    return this.dataSource.query(`SELECT * FROM invitations WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 100`, [organizationId]);
  }

  /** Revoking twice keeps the first moment; false when the organization has no such invitation. */
  async revoke(m: Db, id: string, organizationId: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      m,`UPDATE invitations SET revoked_at = COALESCE(revoked_at, now()) WHERE id = $1 AND organization_id = $2 RETURNING id`, [id, organizationId]);
    return rows.length > 0;
  }

  /** The invitation with its organization's kind, locked (FOR UPDATE OF i) until the caller's transaction ends. */
  async lockByCodeHash(manager: Db, codeHash: string): Promise<InvitationRow | undefined> {
    const [row]: InvitationRow[] = await manager.query(
      `SELECT i.*, o.kind AS organization_kind FROM invitations i JOIN organizations o ON o.id = i.organization_id WHERE i.code_hash = $1 FOR UPDATE OF i`,
      [codeHash],
    );
    return row;
  }

  async use(manager: Db, id: string): Promise<void> {
    await manager.query(`UPDATE invitations SET uses = uses + 1 WHERE id = $1`, [id]);
  }
}
