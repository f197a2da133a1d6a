import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { AuctionStatus } from '@market/contracts';
import { updateReturning } from '@market/server/platform';
import type { LotRow, RegistrationRow } from '../application/lot-rows';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

export interface AuctionRow {
  id: string;
  title: string;
  description: string;
  starts_at: Date;
  extension_seconds: number;
  terms: string | null;
  created_at: Date;
}

/**
 * Status in SQL, so that lists can filter and page by it: the rule of auctionStatus()
 * (domain/bidding.ts), which is the specification; an agreement test in auctions.int.spec runs
 * both on the same random lots. Finished when it has lots and all are closed; live once started
 * or while a lot is open; scheduled before.
 */
export const STATUS_SQL = `CASE
  WHEN EXISTS (SELECT 1 FROM lots x WHERE x.auction_id = a.id)
   AND NOT EXISTS (SELECT 1 FROM lots x WHERE x.auction_id = a.id AND x.status <> 'closed') THEN 'finished'
  WHEN a.starts_at <= now() OR EXISTS (SELECT 1 FROM lots x WHERE x.auction_id = a.id AND x.status = 'open') THEN 'live'
  ELSE 'scheduled' END`;

export interface ConfirmationRow {
  id: string;
  title: string;
  achievement_id: string;
  auction_id: string;
  auction_title: string;
  seller_organization_id: string;
  status: string;
  result: string | null;
  current_price: string | null;
  bid_count: number;
  closed_at: Date | null;
  buyer_organization_id: string | null;
  paddle_number: number | null;
  seq: number | null;
  placed_at: Date | null;
  hash: string | null;
}

/** The SQL of auctions, their lots as an auction holds them, and bidder registrations. */
@Injectable()
export class AuctionQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Another lot of this achievement, not closed, whose time overlaps [startsAt, endsAt). */
  async overlappingLot(m: Db, achievementId: string, startsAt: Date, endsAt: Date): Promise<{ auction_id: string; title: string } | undefined> {
    const [other]: Array<{ auction_id: string; title: string }> = await m.query(
      `SELECT l.auction_id, a.title FROM lots l JOIN auctions a ON a.id = l.auction_id
            WHERE l.achievement_id = $1 AND l.status <> 'closed' AND l.starts_at < $3 AND l.ends_at > $2 LIMIT 1`,
      [achievementId, startsAt, endsAt],
    );
    return other;
  }

  async insertAuction(
    m: Db,
    a: { title: string; description: string; startsAt: Date; extensionSeconds: number; createdBy: string; terms: string | null },
  ): Promise<string> {
    const [auction]: Array<{ id: string }> = await m.query(
      `INSERT INTO auctions (title, description, starts_at, extension_seconds, created_by, terms) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [a.title, a.description, a.startsAt, a.extensionSeconds, a.createdBy, a.terms],
    );
    return auction.id;
  }

  /** A lot opens at once when its auction has already started, else it waits for the clock. */
  async insertLot(
    m: Db,
    l: {
      auctionId: string;
      position: number;
      achievementId: string;
      sellerOrganizationId: string;
      title: string;
      startingPrice: number;
      increment: number;
      reservePrice: number | null;
      deposit: number;
      extensionSeconds: number;
      startsAt: Date;
      endsAt: Date;
    },
  ): Promise<void> {
    await m.query(
      `INSERT INTO lots (auction_id, position, achievement_id, seller_organization_id, title, starting_price, increment, reserve_price, deposit,
                             extension_seconds, starts_at, ends_at, status)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $11 <= now() THEN 'open' ELSE 'scheduled' END)`,
      [l.auctionId, l.position, l.achievementId, l.sellerOrganizationId, l.title, l.startingPrice, l.increment, l.reservePrice, l.deposit, l.extensionSeconds, l.startsAt, l.endsAt],
    );
  }

  /** A page of auctions, newest start first, optionally of one status (STATUS_SQL); each row carries the total. */
  async page(status: AuctionStatus | undefined, limit: number, offset: number): Promise<Array<AuctionRow & { total: string }>> {
    const where = status ? `WHERE s.status = $3` : '';
    const params: unknown[] = [limit, offset, ...(status ? [status] : [])];
    return this.dataSource.query(
      `SELECT s.*, count(*) OVER () AS total FROM (SELECT a.*, ${STATUS_SQL} AS status FROM auctions a) s ${where}
       ORDER BY s.starts_at DESC, s.id LIMIT $1 OFFSET $2`,
      params,
    );
  }

  async count(status: AuctionStatus | undefined): Promise<number> {
    const [row]: Array<{ n: string }> = await this.dataSource.query(
      `SELECT count(*) AS n FROM (SELECT ${STATUS_SQL} AS status FROM auctions a) s ${status ? 'WHERE s.status = $1' : ''}`,
      status ? [status] : [],
    );
    return Number(row.n);
  }

  async countAll(): Promise<number> {
    const [{ n }] = await this.dataSource.query(`SELECT count(*) AS n FROM auctions`);
    return Number(n);
  }

  async auction(id: string): Promise<AuctionRow | undefined> {
    const [row]: AuctionRow[] = await this.dataSource.query(`SELECT * FROM auctions WHERE id = $1`, [id]);
    return row;
  }

  async lot(lotId: string): Promise<LotRow | undefined> {
    const [row]: LotRow[] = await this.dataSource.query(`SELECT * FROM lots WHERE id = $1`, [lotId]);
    return row;
  }

  /** The lots of these auctions, each auction's in position order. */
  async lotsOf(auctionIds: string[]): Promise<LotRow[]> {
    return this.dataSource.query(`SELECT * FROM lots WHERE auction_id = ANY($1::uuid[]) ORDER BY position`, [auctionIds]);
  }

  /** Whether the organization sells a lot in this auction (lots keep their seller at creation). */
  async sellsIn(auctionId: string, organizationId: string): Promise<boolean> {
    const [own] = await this.dataSource.query(`SELECT 1 FROM lots WHERE auction_id = $1 AND seller_organization_id = $2 LIMIT 1`, [auctionId, organizationId]);
    return Boolean(own);
  }

  /** The auction's next paddle number (竞买号), taken under its row lock until the caller commits. */
  async takePaddle(m: Db, auctionId: string): Promise<number> {
    const [{ next_paddle }] = await updateReturning<{ next_paddle: number }>(
      m,
      `UPDATE auctions SET next_paddle = next_paddle + 1 WHERE id = $1 RETURNING next_paddle`,
      [auctionId],
    );
    return next_paddle;
  }

  /** Throws a unique violation when the organization is already registered for the auction. */
  async insertRegistration(m: Db, r: { auctionId: string; organizationId: string; userId: string; paddleNumber: number }): Promise<RegistrationRow> {
    const [row]: RegistrationRow[] = await m.query(
      `INSERT INTO auction_registrations (auction_id, organization_id, user_id, paddle_number, status, terms_accepted_at)
           VALUES ($1, $2, $3, $4, 'pending_deposit', now()) RETURNING *`,
      [r.auctionId, r.organizationId, r.userId, r.paddleNumber],
    );
    return row;
  }

  /** Conditional: only a registration still waiting for its deposit changes; undefined otherwise. */
  async approveRegistration(
    m: Db,
    r: { registrationId: string; auctionId: string; staffId: string; amount: number; reference: string },
  ): Promise<RegistrationRow | undefined> {
    const rows = await updateReturning<RegistrationRow>(
      m,
      `UPDATE auction_registrations SET status = 'approved', approved_at = now(), approved_by = $3, deposit_amount = $4, deposit_reference = $5
         WHERE id = $1 AND auction_id = $2 AND status = 'pending_deposit' RETURNING *`,
      [r.registrationId, r.auctionId, r.staffId, r.amount, r.reference],
    );
    return rows[0];
  }

  async registration(m: Db, registrationId: string, auctionId: string): Promise<RegistrationRow | undefined> {
    const [existing]: RegistrationRow[] = await m.query(`SELECT * FROM auction_registrations WHERE id = $1 AND auction_id = $2`, [registrationId, auctionId]);
    return existing;
  }

  /**
   * Registrations whose deposit is not confirmed, in auctions not yet finished, oldest first: all of
   * them (staff's queue) or one organization's. Each row carries its auction's title and the count.
   */
  async pendingDeposits(organizationId: string | null, limit: number): Promise<{ rows: Array<RegistrationRow & { auction_title: string }>; total: number }> {
    const where = `r.status = 'pending_deposit' AND ($1::uuid IS NULL OR r.organization_id = $1) AND (${STATUS_SQL}) <> 'finished'`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM auction_registrations r JOIN auctions a ON a.id = r.auction_id WHERE ${where}`, [organizationId]);
    const rows = await this.dataSource.query(
      `SELECT r.*, a.title AS auction_title FROM auction_registrations r JOIN auctions a ON a.id = r.auction_id WHERE ${where} ORDER BY r.created_at, r.id LIMIT $2`,
      [organizationId, limit],
    );
    return { rows, total };
  }

  /** Per auction: organizations registered, and those whose deposit staff confirmed. */
  async registrationCounts(auctionIds: string[]): Promise<Map<string, { registered: number; approved: number }>> {
    const out = new Map<string, { registered: number; approved: number }>();
    if (auctionIds.length === 0) return out;
    const rows: Array<{ auction_id: string; registered: number; approved: number }> = await this.dataSource.query(
      `SELECT auction_id, count(*)::int AS registered, count(*) FILTER (WHERE status = 'approved')::int AS approved
         FROM auction_registrations WHERE auction_id = ANY($1::uuid[]) GROUP BY auction_id`,
      [auctionIds],
    );
    for (const r of rows) out.set(r.auction_id, { registered: r.registered, approved: r.approved });
    return out;
  }

  /** A closed lot with its auction, the winning registration and the last bid (the 成交确认书's facts). */
  async confirmation(lotId: string): Promise<ConfirmationRow | undefined> {
    const [row] = await this.dataSource.query(
      `SELECT l.id, l.title, l.achievement_id, l.auction_id, a.title AS auction_title, l.seller_organization_id, l.status, l.result,
              l.current_price, l.bid_count, l.closed_at, r.organization_id AS buyer_organization_id, r.paddle_number,
              b.seq, b.placed_at, b.hash
         FROM lots l JOIN auctions a ON a.id = l.auction_id
         LEFT JOIN auction_registrations r ON r.id = l.leading_registration_id
         LEFT JOIN LATERAL (SELECT seq, placed_at, hash FROM bids WHERE lot_id = l.id ORDER BY seq DESC LIMIT 1) b ON true
        WHERE l.id = $1`,
      [lotId],
    );
    return row;
  }

  async registrationsOf(auctionId: string): Promise<RegistrationRow[]> {
    return this.dataSource.query(`SELECT * FROM auction_registrations WHERE auction_id = $1 ORDER BY paddle_number`, [auctionId]);
  }

  async registrationOf(auctionId: string, organizationId: string): Promise<RegistrationRow | undefined> {
    const [row]: RegistrationRow[] = await this.dataSource.query(
      `SELECT * FROM auction_registrations WHERE auction_id = $1 AND organization_id = $2`,
      [auctionId, organizationId],
    );
    return row;
  }
}
