import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { OrganizationKind, Role } from '@market/contracts';

/** An organization as other contexts show it next to their own records. */
export interface OrganizationCard {
  id: string;
  name: string;
  kind: OrganizationKind;
}

/** A person as other contexts show them: name, e-mail, role and organization. */
export interface PersonCard {
  id: string;
  name: string;
  email: string;
  role: Role;
  organization: OrganizationCard;
  /** Set when the member was removed from the organization; their records still name them. */
  removed: boolean;
}

type Reader = Pick<EntityManager, 'query'>;

/**
 * The one way other contexts read who is who. Identity owns the `organizations` and `users`
 * tables; deals, catalog, roadshows, auctions and notifications ask here (one query per list, by
 * id) instead of joining those tables, so identity can change its tables without breaking them.
 */
@Injectable()
export class Directory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many organizations staff have verified (the portal's 入驻机构), the bureau itself not counted. */
  async verifiedOrganizationCount(reader: Reader = this.dataSource): Promise<number> {
    const [{ n }] = await reader.query(`SELECT count(*)::int AS n FROM organizations WHERE verification = 'verified' AND kind <> 'bureau'`);
    return n;
  }

  /** Organizations by id; ids that name nothing are absent from the map. */
  async organizations(ids: Iterable<string>, reader: Reader = this.dataSource): Promise<Map<string, OrganizationCard>> {
    const list = [...new Set(ids)];
    if (list.length === 0) return new Map();
    const rows: OrganizationCard[] = await reader.query(`SELECT id, name, kind FROM organizations WHERE id = ANY($1::uuid[])`, [list]);
    return new Map(rows.map((r) => [r.id, { id: r.id, name: r.name, kind: r.kind }]));
  }

  /** People by id, removed members included (a deal's history still names who acted). */
  async people(ids: Iterable<string>, reader: Reader = this.dataSource): Promise<Map<string, PersonCard>> {
    const list = [...new Set(ids)];
    if (list.length === 0) return new Map();
    return this.cards(reader, `u.id = ANY($1::uuid[])`, [list]);
  }

  /** A current (not removed) user by e-mail, as the demo seeders find their accounts. */
  async personByEmail(email: string, reader: Reader = this.dataSource): Promise<PersonCard | null> {
    const found = await this.cards(reader, `u.email = $1 AND u.removed_at IS NULL`, [email.trim().toLowerCase()]);
    return found.values().next().value ?? null;
  }

  /** The oldest staff account, the demo's actor for what staff would do by hand. */
  async firstStaff(reader: Reader = this.dataSource): Promise<PersonCard | null> {
    const found = await this.cards(reader, `u.role = 'staff' AND u.removed_at IS NULL`, [], 'ORDER BY u.created_at LIMIT 1');
    return found.values().next().value ?? null;
  }

  /** The ids of an organization's current members, to tell all of them something. */
  async memberIds(organizationId: string, reader: Reader = this.dataSource): Promise<string[]> {
    const rows: Array<{ id: string }> = await reader.query(`SELECT id FROM users WHERE organization_id = $1 AND removed_at IS NULL ORDER BY id`, [organizationId]);
    return rows.map((r) => r.id);
  }

  /** Every current broker (role `broker`, not removed), by name: staff hand deals to one of them. */
  async brokers(limit: number, reader: Reader = this.dataSource): Promise<PersonCard[]> {
    return [...(await this.cards(reader, `u.role = 'broker' AND u.removed_at IS NULL`, [], `ORDER BY u.name, u.id LIMIT ${Math.max(1, Math.floor(limit))}`)).values()];
  }

  /** A current broker (role `broker`, not removed), or null. */
  async broker(id: string, reader: Reader = this.dataSource): Promise<PersonCard | null> {
    const found = await this.cards(reader, `u.id = $1 AND u.role = 'broker'`, [id]);
    return found.get(id) ?? null;
  }

  private async cards(reader: Reader, where: string, params: unknown[], tail = ''): Promise<Map<string, PersonCard>> {
    const rows: Array<{ id: string; name: string; email: string; role: Role; removed: boolean; org_id: string; org_name: string; org_kind: OrganizationKind }> =
      await reader.query(
        `SELECT u.id, u.name, u.email, u.role, u.removed_at IS NOT NULL AS removed, o.id AS org_id, o.name AS org_name, o.kind AS org_kind
           FROM users u JOIN organizations o ON o.id = u.organization_id
          WHERE ${where} ${tail}`,
        params,
      );
    return new Map(
      rows.map((r) => [r.id, { id: r.id, name: r.name, email: r.email, role: r.role, removed: r.removed, organization: { id: r.org_id, name: r.org_name, kind: r.org_kind } }]),
    );
  }
}
