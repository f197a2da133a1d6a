import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Deal, DealHistoryEntry, DealStage } from '@market/contracts';
import { ListingQueries } from '@market/server/catalog';
import { Directory, type AuthUser, type OrganizationCard, type PersonCard } from '@market/server/identity';

/** One row of the deal query; snake case as Postgres answers it. */
interface DealRow {
  id: string;
  stage: Deal['stage'];
  source: Deal['source'];
  need_id: string | null;
  lot_id: string | null;
  achievement_id: string;
  field: Deal['achievement']['field'];
  region: string;
  seller_organization_id: string;
  buyer_organization_id: string;
  broker_id: string | null;
  amount: string | null;
  contract_type: NonNullable<Deal['contract']>['type'] | null;
  contract_number: string | null;
  signed_at: Date | null;
  registration_number: string | null;
  registered_at: Date | null;
  seller_confirmed_at: Date | null;
  buyer_confirmed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Only the deals' own table: names come from the catalog's and identity's read faces (DealViews.names). */
export const DEAL_SELECT = `
  SELECT d.id, d.stage, d.source, d.need_id, d.lot_id, d.achievement_id, d.field, d.region,
         d.seller_organization_id, d.buyer_organization_id, d.broker_id, d.amount, d.contract_type, d.contract_number, d.signed_at,
         d.registration_number, d.registered_at, d.seller_confirmed_at, d.buyer_confirmed_at, d.created_at, d.updated_at
    FROM deals d`;

/**
 * Who may see a deal, as a SQL condition over alias `d` with the caller's id and organization in
 * $1 and $2: its broker, members of either side, and staff (who pass no condition at all).
 */
export function visibleTo(user: AuthUser): { sql: string; params: unknown[] } {
  if (user.role === 'staff') return { sql: 'TRUE', params: [] };
  return { sql: '(d.broker_id = $1 OR d.seller_organization_id = $2 OR d.buyer_organization_id = $2)', params: [user.id, user.organizationId] };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The names a deal shows beside its own facts, read from the contexts that own them. */
export interface DealNames {
  titles: Map<string, string>;
  organizations: Map<string, OrganizationCard>;
  people: Map<string, PersonCard>;
}

function party(names: DealNames, id: string): Deal['seller'] {
  const org = names.organizations.get(id);
  return { id, name: org?.name ?? '', kind: org?.kind ?? 'enterprise' };
}

function toDeal(r: DealRow, names: DealNames, history: DealHistoryEntry[]): Deal {
  return {
    id: r.id,
    stage: r.stage,
    source: r.source,
    needId: r.need_id,
    lotId: r.lot_id,
    achievement: { id: r.achievement_id, title: names.titles.get(r.achievement_id) ?? '', field: r.field, region: r.region },
    seller: party(names, r.seller_organization_id),
    buyer: party(names, r.buyer_organization_id),
    broker: r.broker_id ? { id: r.broker_id, name: names.people.get(r.broker_id)?.name ?? '' } : null,
    amount: r.amount === null ? null : Number(r.amount),
    contract: r.contract_type
      ? { type: r.contract_type, number: r.contract_number, signedAt: iso(r.signed_at), registrationNumber: r.registration_number, registeredAt: iso(r.registered_at) }
      : null,
    confirmations: { seller: iso(r.seller_confirmed_at), buyer: iso(r.buyer_confirmed_at) },
    registration: r.registration_number && r.registered_at ? { number: r.registration_number, registeredAt: r.registered_at.toISOString() } : null,
    history,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

interface HistoryRow {
  deal_id: string;
  event: DealHistoryEntry['event'];
  at: Date;
  actor_id: string | null;
  from_stage: DealStage | null;
  to_stage: DealStage;
  note: string | null;
}

/** What deals' rows need from other contexts: titles, parties and people, one query each per list. */
@Injectable()
export class DealViews {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly listings: ListingQueries,
    private readonly directory: Directory,
  ) {}

  /** The names for rows that carry an achievement, two organizations and maybe a broker and other people. */
  async names(rows: Array<{ achievement_id: string; seller_organization_id: string; buyer_organization_id: string; broker_id: string | null }>, otherPeople: Array<string | null> = []): Promise<DealNames> {
    const [achievements, organizations, people] = await Promise.all([
      this.listings.achievements(rows.map((r) => r.achievement_id)),
      this.directory.organizations(rows.flatMap((r) => [r.seller_organization_id, r.buyer_organization_id])),
      this.directory.people([...rows.map((r) => r.broker_id), ...otherPeople].filter((id): id is string => id !== null)),
    ]);
    return { titles: new Map([...achievements].map(([id, a]) => [id, a.title])), organizations, people };
  }

  /** Deals with their histories (oldest entry first), in the order of the given rows. */
  async load(rows: DealRow[]): Promise<Deal[]> {
    if (rows.length === 0) return [];
    const history: HistoryRow[] = await this.dataSource.query(
      `SELECT h.deal_id, h.event, h.at, h.actor_id, h.from_stage, h.to_stage, h.note
         FROM deal_history h WHERE h.deal_id = ANY($1::uuid[]) ORDER BY h.deal_id, h.id`,
      [rows.map((r) => r.id)],
    );
    const names = await this.names(rows, history.map((h) => h.actor_id));
    const byDeal = new Map<string, DealHistoryEntry[]>();
    for (const h of history) {
      const list = byDeal.get(h.deal_id) ?? [];
      const by = h.actor_id ? { id: h.actor_id, name: names.people.get(h.actor_id)?.name ?? '' } : null;
      list.push({ event: h.event, at: h.at.toISOString(), by, from: h.from_stage, to: h.to_stage, note: h.note });
      byDeal.set(h.deal_id, list);
    }
    return rows.map((r) => toDeal(r, names, byDeal.get(r.id) ?? []));
  }
}

export type { DealRow };
