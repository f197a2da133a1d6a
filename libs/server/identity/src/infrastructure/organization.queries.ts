import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Organization, OrganizationKind, Role, Verification } from '@market/contracts';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

export interface OrganizationRow {
  id: string;
  name: string;
  kind: Organization['kind'];
  region: string | null;
  credit_code: string | null;
  verification: Verification;
  verification_comment: string | null;
  verified_at: Date | null;
  created_at: Date;
}

export type ReviewRow = OrganizationRow & { admin_id: string | null; admin_name: string | null; admin_email: string | null; admin_role: Role | null; members: number };

/** The SQL of `organizations`: verification, the review queue, and sign-up's uniqueness checks. */
@Injectable()
export class OrganizationQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async verificationOf(organizationId: string, manager: Db = this.dataSource): Promise<Verification | null> {
    const [row]: Array<{ verification: Verification }> = await manager.query(`SELECT verification FROM organizations WHERE id = $1`, [organizationId]);
    return row?.verification ?? null;
  }

  async byId(id: string): Promise<OrganizationRow | undefined> {
    const [row]: OrganizationRow[] = await this.dataSource.query(`SELECT * FROM organizations WHERE id = $1`, [id]);
    return row;
  }

  async pendingCount(): Promise<number> {
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM organizations WHERE verification = 'pending'`);
    return total;
  }

  /** Pending organizations, oldest first, each with its first admin and its member count. */
  async pendingPage(limit: number, offset: number): Promise<ReviewRow[]> {
    return this.dataSource.query(
      `SELECT o.*, a.id AS admin_id, a.name AS admin_name, a.email AS admin_email, a.role AS admin_role,
              (SELECT count(*)::int FROM users u WHERE u.organization_id = o.id AND u.removed_at IS NULL) AS members
         FROM organizations o
         LEFT JOIN LATERAL (SELECT id, name, email, role FROM users WHERE organization_id = o.id AND org_role = 'admin' AND removed_at IS NULL ORDER BY created_at LIMIT 1) a ON true
        WHERE o.verification = 'pending'
        ORDER BY o.created_at, o.id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
  }

  /** The organization locked FOR UPDATE until the caller's transaction ends. */
  async lockForDecision(m: Db, id: string): Promise<{ verification: Verification; kind: string; name: string } | undefined> {
    const [row]: Array<{ verification: Verification; kind: string; name: string }> = await m.query(`SELECT verification, kind, name FROM organizations WHERE id = $1 FOR UPDATE`, [id]);
    return row;
  }

  async decide(m: Db, id: string, verification: Verification, comment: string | null, staffId: string): Promise<void> {
    await m.query(`UPDATE organizations SET verification = $2, verification_comment = $3, verified_at = now(), verified_by = $4 WHERE id = $1`, [id, verification, comment, staffId]);
  }

  async nameTaken(m: Db, name: string, kind: OrganizationKind): Promise<boolean> {
    const [existing] = await m.query(`SELECT 1 FROM organizations WHERE name = $1 AND kind = $2`, [name, kind]);
    return Boolean(existing);
  }

  async creditCodeTaken(m: Db, creditCode: string): Promise<boolean> {
    const [taken] = await m.query(`SELECT 1 FROM organizations WHERE credit_code = $1`, [creditCode]);
    return Boolean(taken);
  }
}
