import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { Organization, OrganizationKind, QueueSort, Role, Verification } from '@market/contracts';
import { likeContains } from '@market/server/platform';

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

export interface PendingFilter {
  q?: string;
  kind?: OrganizationKind;
  sort?: QueueSort;
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

  /** Pending organizations matching the queue's filters, each with its first admin and its member count. */
  async pendingPage(filter: PendingFilter, limit: number, offset: number): Promise<{ rows: ReviewRow[]; total: number }> {
    const params: unknown[] = [];
    let where = `o.verification = 'pending'`;
    if (filter.kind) {
      params.push(filter.kind);
      where += ` AND o.kind = $${params.length}`;
    }
    if (filter.q) {
      params.push(likeContains(filter.q));
      where += ` AND (o.name ILIKE $${params.length} ESCAPE '\\' OR o.credit_code ILIKE $${params.length} ESCAPE '\\')`;
    }
    const order = filter.sort === 'newest' ? 'o.created_at DESC, o.id DESC' : 'o.created_at, o.id';
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM organizations o WHERE ${where}`, params);
    const rows: ReviewRow[] = await this.dataSource.query(
      `SELECT o.*, a.id AS admin_id, a.name AS admin_name, a.email AS admin_email, a.role AS admin_role,
              (SELECT count(*)::int FROM users u WHERE u.organization_id = o.id AND u.removed_at IS NULL) AS members
         FROM organizations o
         LEFT JOIN LATERAL (SELECT id, name, email, role FROM users WHERE organization_id = o.id AND org_role = 'admin' AND removed_at IS NULL ORDER BY created_at LIMIT 1) a ON true
        WHERE ${where}
        ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { rows, total };
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
