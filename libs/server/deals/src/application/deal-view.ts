import type { EntityManager } from 'typeorm';
import type { Deal, DealHistoryEntry, DealStage } from '@market/contracts';
import type { AuthUser } from '@market/server/identity';

/** One row of the joined deal query; snake case as Postgres answers it. */
interface DealRow {
  id: string;
  stage: Deal['stage'];
  source: Deal['source'];
  need_id: string | null;
  lot_id: string | null;
  achievement_id: string;
  achievement_title: string;
  field: Deal['achievement']['field'];
  region: string;
  seller_id: string;
  seller_name: string;
  seller_kind: Deal['seller']['kind'];
  buyer_id: string;
  buyer_name: string;
  buyer_kind: Deal['buyer']['kind'];
  broker_id: string | null;
  broker_name: string | null;
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

export const DEAL_SELECT = `
  SELECT d.id, d.stage, d.source, d.need_id, d.lot_id, d.achievement_id, a.title AS achievement_title, d.field, d.region,
         s.id AS seller_id, s.name AS seller_name, s.kind AS seller_kind,
         b.id AS buyer_id, b.name AS buyer_name, b.kind AS buyer_kind,
         d.broker_id, u.name AS broker_name, d.amount, d.contract_type, d.contract_number, d.signed_at,
         d.registration_number, d.registered_at, d.seller_confirmed_at, d.buyer_confirmed_at, d.created_at, d.updated_at
    FROM deals d
    JOIN achievements a ON a.id = d.achievement_id
    JOIN organizations s ON s.id = d.seller_organization_id
    JOIN organizations b ON b.id = d.buyer_organization_id
    LEFT JOIN users u ON u.id = d.broker_id`;

/**
 * Who may see a deal, as a SQL condition over alias `d` with the caller's id and organization in
 * $1 and $2: its broker, members of either side, and staff (who pass no condition at all).
 */
export function visibleTo(user: AuthUser): { sql: string; params: unknown[] } {
  if (user.role === 'staff') return { sql: 'TRUE', params: [] };
  return { sql: '(d.broker_id = $1 OR d.seller_organization_id = $2 OR d.buyer_organization_id = $2)', params: [user.id, user.organizationId] };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function toDeal(r: DealRow, history: DealHistoryEntry[]): Deal {
  return {
    id: r.id,
    stage: r.stage,
    source: r.source,
    needId: r.need_id,
    lotId: r.lot_id,
    achievement: { id: r.achievement_id, title: r.achievement_title, field: r.field, region: r.region },
    seller: { id: r.seller_id, name: r.seller_name, kind: r.seller_kind },
    buyer: { id: r.buyer_id, name: r.buyer_name, kind: r.buyer_kind },
    broker: r.broker_id ? { id: r.broker_id, name: r.broker_name ?? '' } : null,
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
  actor_name: string | null;
  from_stage: DealStage | null;
  to_stage: DealStage;
  note: string | null;
}

/** Deals with their histories (oldest entry first), in the order of the given rows. */
export async function loadDeals(manager: EntityManager, rows: DealRow[]): Promise<Deal[]> {
  if (rows.length === 0) return [];
  const history: HistoryRow[] = await manager.query(
    `SELECT h.deal_id, h.event, h.at, h.actor_id, u.name AS actor_name, h.from_stage, h.to_stage, h.note
       FROM deal_history h LEFT JOIN users u ON u.id = h.actor_id
      WHERE h.deal_id = ANY($1::uuid[]) ORDER BY h.deal_id, h.id`,
    [rows.map((r) => r.id)],
  );
  const byDeal = new Map<string, DealHistoryEntry[]>();
  for (const h of history) {
    const list = byDeal.get(h.deal_id) ?? [];
    list.push({ event: h.event, at: h.at.toISOString(), by: h.actor_id ? { id: h.actor_id, name: h.actor_name ?? '' } : null, from: h.from_stage, to: h.to_stage, note: h.note });
    byDeal.set(h.deal_id, list);
  }
  return rows.map((r) => toDeal(r, byDeal.get(r.id) ?? []));
}

export type { DealRow };
