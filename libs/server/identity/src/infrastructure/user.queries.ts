import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Member, OrgRole, Role } from '@market/contracts';
import { updateReturning } from '@market/server/platform';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

export interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  org_role: Member['orgRole'];
}

/** The raw SQL of `users`: membership, the admin role, token versions and the upsert of made accounts. */
@Injectable()
export class UserQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async emailKnown(email: string): Promise<boolean> {
    const [known] = await this.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [email]);
    return Boolean(known);
  }

  /** A current (not removed) user's role. */
  async roleOf(userId: string): Promise<Role | null> {
    const [row]: Array<{ role: Role }> = await this.dataSource.query(`SELECT role FROM users WHERE id = $1 AND removed_at IS NULL`, [userId]);
    return row?.role ?? null;
  }

  /** Current members, the admin first. */
  async members(organizationId: string): Promise<MemberRow[]> {
    return this.dataSource.query(
      `SELECT id, name, email, role, org_role FROM users WHERE organization_id = $1 AND removed_at IS NULL ORDER BY org_role, created_at`,
      [organizationId],
    );
  }

  /** The current member's role in the organization, read fresh. */
  async orgRoleOf(userId: string, organizationId: string): Promise<string | undefined> {
    const [row]: Array<{ org_role: string }> = await this.dataSource.query(`SELECT org_role FROM users WHERE id = $1 AND organization_id = $2 AND removed_at IS NULL`, [userId, organizationId]);
    return row?.org_role;
  }

  /** Conditional: false when no current member of that organization has the id. */
  async remove(m: Db, userId: string, organizationId: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      m,
      `UPDATE users SET removed_at = now(), updated_at = now() WHERE id = $1 AND organization_id = $2 AND removed_at IS NULL RETURNING id`,
      [userId, organizationId],
    );
    return rows.length > 0;
  }

  /** Conditional: false when the user is not another current member of the organization. */
  async makeAdmin(m: Db, userId: string, organizationId: string, exceptId: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      m,
      `UPDATE users SET org_role = 'admin', updated_at = now() WHERE id = $1 AND organization_id = $2 AND removed_at IS NULL AND id <> $3 RETURNING id`,
      [userId, organizationId, exceptId],
    );
    return rows.length > 0;
  }

  async makeMember(m: Db, userId: string): Promise<void> {
    await m.query(`UPDATE users SET org_role = 'member', updated_at = now() WHERE id = $1`, [userId]);
  }

  /** The token version, or null for a user removed or unknown. */
  async tokenVersion(userId: string): Promise<number | null> {
    const [row]: Array<{ token_version: number; removed: boolean }> = await this.dataSource.query(
      `SELECT token_version, removed_at IS NOT NULL AS removed FROM users WHERE id = $1`,
      [userId],
    );
    return row && !row.removed ? row.token_version : null;
  }

  async bumpTokenVersion(m: Db, userId: string): Promise<void> {
    await m.query(`UPDATE users SET token_version = token_version + 1, updated_at = now() WHERE id = $1`, [userId]);
  }

  /** Inserts the account, or takes over the one with that email (a removed one comes back); its id. */
  async upsert(u: { email: string; passwordHash: string; name: string; role: Role; organizationId: string; orgRole: OrgRole }): Promise<string> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `INSERT INTO users (email, password_hash, name, role, organization_id, org_role) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, role = EXCLUDED.role,
         organization_id = EXCLUDED.organization_id, org_role = EXCLUDED.org_role, removed_at = NULL, updated_at = now()
       RETURNING id`,
      [u.email, u.passwordHash, u.name, u.role, u.organizationId, u.orgRole],
    );
    return rows[0].id;
  }
}
