import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { ContractType, Deal, DealAwaiting, DealEvent, DealHistoryEntry, DealHistoryFacts, DealSort, DealStage, Field } from '@market/contracts';
import type { AuthUser } from '@market/server/identity';
import { DealEntity } from './deal.entities';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

/** One row of the deal query; snake case as Postgres answers it. */
export interface DealRow {
  id: string;
  stage: Deal['stage'];
  source: Deal['source'];
  need_id: string | null;
  lot_id: string | null;
  achievement_id: string | null;
  challenge_id: string | null;
  subject_title: string | null;
  field: Deal['field'];
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

export interface HistoryRow {
  deal_id: string;
  event: DealHistoryEntry['event'];
  at: Date;
  actor_id: string | null;
  from_stage: DealStage | null;
  to_stage: DealStage;
  facts: DealHistoryFacts | null;
  note: string | null;
}

/** Only the deals' own table: names come from the catalog's and identity's read faces (DealViews.names). */
/** What a deal list may be narrowed by. */
export interface DealFilter {
  stage?: DealStage;
  awaiting?: DealAwaiting;
  inProgress?: boolean;
  field?: Field;
  region?: string;
  contractType?: ContractType;
  sort?: DealSort;
}

const DEAL_ORDER: Record<DealSort, string> = {
  recent: 'd.updated_at DESC, d.id',
  signed_oldest: 'd.signed_at ASC NULLS LAST, d.created_at, d.id',
  signed_newest: 'd.signed_at DESC NULLS LAST, d.created_at DESC, d.id',
};

export const DEAL_SELECT = `
  SELECT d.id, d.stage, d.source, d.need_id, d.lot_id, d.achievement_id, d.challenge_id, d.subject_title, d.field, d.region,
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

/** A deal as a sold lot opens it (no broker yet). */
export interface LotDeal {
  achievementId: string;
  lotId: string;
  sellerOrganizationId: string;
  buyerOrganizationId: string;
  field: DealEntity['field'];
  region: string;
  amount: number;
}

/** A deal as an awarded challenge opens it: the winner sells its solution to the publisher at the bounty. */
export interface ChallengeDeal {
  challengeId: string;
  title: string;
  sellerOrganizationId: string;
  buyerOrganizationId: string;
  field: DealEntity['field'];
  region: string;
  amount: number;
}

/** The SQL of deals, their history and the registration serials. */
@Injectable()
export class DealQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The open deal (not closed or terminated) between this achievement and buyer, if any. */
  async openDealOf(achievementId: string, buyerOrganizationId: string): Promise<string | null> {
    const [row]: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM deals WHERE achievement_id = $1 AND buyer_organization_id = $2 AND stage NOT IN ('closed', 'terminated')`,
      [achievementId, buyerOrganizationId],
    );
    return row?.id ?? null;
  }

  /** Throws the partial unique index `deals_one_open` when the pair already has an open deal. */
  async insert(manager: EntityManager, deal: Partial<DealEntity>): Promise<DealEntity> {
    const repo = manager.getRepository(DealEntity);
    return repo.save(repo.create(deal));
  }

  /**
   * The unique index on lot_id makes a re-delivered event a no-op (and the one open deal per
   * achievement and buyer, too): null when nothing was inserted.
   */
  async insertFromLot(manager: EntityManager, d: LotDeal): Promise<DealEntity | null> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO deals (stage, source, achievement_id, lot_id, seller_organization_id, buyer_organization_id, field, region, amount)
         VALUES ('intent', 'auction', $1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING RETURNING id`,
      [d.achievementId, d.lotId, d.sellerOrganizationId, d.buyerOrganizationId, d.field, d.region, d.amount],
    );
    if (inserted.length === 0) return null;
    return manager.getRepository(DealEntity).findOneByOrFail({ id: inserted[0].id });
  }

  /** The deal an awarded challenge opens (no broker yet); null when it was opened already (a re-delivered event). */
  async insertFromChallenge(manager: EntityManager, d: ChallengeDeal): Promise<DealEntity | null> {
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO deals (stage, source, challenge_id, subject_title, seller_organization_id, buyer_organization_id, field, region, amount)
         VALUES ('intent', 'challenge', $1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING RETURNING id`,
      [d.challengeId, d.title, d.sellerOrganizationId, d.buyerOrganizationId, d.field, d.region, d.amount],
    );
    if (inserted.length === 0) return null;
    return manager.getRepository(DealEntity).findOneByOrFail({ id: inserted[0].id });
  }

  /** The deal locked FOR UPDATE until the caller's transaction ends. */
  async lock(manager: EntityManager, id: string): Promise<DealEntity | null> {
    return manager.getRepository(DealEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async save(manager: EntityManager, deal: DealEntity): Promise<void> {
    await manager.getRepository(DealEntity).save(deal);
  }

  /** A page of the deals the user may see, most recently changed first, with the total. */
  async page(user: AuthUser, filter: DealFilter, limit: number, offset: number): Promise<{ rows: DealRow[]; total: number }> {
    const vis = visibleTo(user);
    const params: unknown[] = [...vis.params];
    let where = vis.sql;
    if (filter.stage) {
      params.push(filter.stage);
      where += ` AND d.stage = $${params.length}`;
    }
    for (const [column, value] of [['d.field', filter.field], ['d.region', filter.region], ['d.contract_type', filter.contractType]] as const) {
      if (!value) continue;
      params.push(value);
      where += ` AND ${column} = $${params.length}`;
    }
    if (filter.inProgress) where += ` AND d.stage NOT IN ('closed', 'terminated')`;
    if (filter.awaiting === 'registration') where += ` AND d.stage = 'signed' AND d.seller_confirmed_at IS NOT NULL AND d.buyer_confirmed_at IS NOT NULL`;
    if (filter.awaiting === 'confirmation') {
      params.push(user.organizationId);
      const o = `$${params.length}`;
      where += ` AND d.stage = 'signed' AND ((d.seller_organization_id = ${o} AND d.seller_confirmed_at IS NULL) OR (d.buyer_organization_id = ${o} AND d.buyer_confirmed_at IS NULL))`;
    }
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM deals d WHERE ${where}`, params);
    const rows: DealRow[] = await this.dataSource.query(
      `${DEAL_SELECT} WHERE ${where} ORDER BY ${DEAL_ORDER[filter.sort ?? 'recent']} LIMIT ${limit} OFFSET ${offset}`,
      params,
    );
    return { rows, total };
  }

  /** The deal if the user may see it. */
  async visible(user: AuthUser, id: string): Promise<DealRow | undefined> {
    const vis = visibleTo(user);
    const rows: DealRow[] = await this.dataSource.query(`${DEAL_SELECT} WHERE d.id = $${vis.params.length + 1} AND ${vis.sql}`, [...vis.params, id]);
    return rows[0];
  }

  async byId(id: string): Promise<DealRow | undefined> {
    const rows: DealRow[] = await this.dataSource.query(`${DEAL_SELECT} WHERE d.id = $1`, [id]);
    return rows[0];
  }

  /**
   * Moves the year's serial: by one to issue the next (`step` 1), or past an entered serial
   * (`step` 0); answers the serial now last.
   */
  async bumpSerial(manager: Db, year: number, area: string, serial: number, step: 0 | 1): Promise<number> {
    const [{ last }]: Array<{ last: number }> = await manager.query(
      `INSERT INTO registration_serials (year, area_code, last) VALUES ($1, $2, $3)
         ON CONFLICT (year, area_code) DO UPDATE SET last = GREATEST(registration_serials.last + $4, $3) RETURNING last`,
      [year, area, serial, step],
    );
    return last;
  }

  async registrationNumberTaken(manager: Db, number: string): Promise<boolean> {
    const [taken] = await manager.query('SELECT 1 FROM deals WHERE registration_number = $1', [number]);
    return Boolean(taken);
  }

  /** Appends a history entry; answers its id. */
  async insertHistory(manager: Db, e: { dealId: string; actorId: string | null; from: DealStage | null; to: DealStage; facts: DealHistoryFacts | null; note: string | null; event: DealEvent }): Promise<string> {
    const [{ id }] = await manager.query(
      'INSERT INTO deal_history (deal_id, actor_id, from_stage, to_stage, facts, note, event) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
      [e.dealId, e.actorId, e.from, e.to, e.facts ? JSON.stringify(e.facts) : null, e.note, e.event],
    );
    return id;
  }

  /** The histories of these deals, each oldest entry first. */
  async history(dealIds: string[]): Promise<HistoryRow[]> {
    return this.dataSource.query(
      `SELECT h.deal_id, h.event, h.at, h.actor_id, h.from_stage, h.to_stage, h.facts, h.note
         FROM deal_history h WHERE h.deal_id = ANY($1::uuid[]) ORDER BY h.deal_id, h.id`,
      [dealIds],
    );
  }
}
