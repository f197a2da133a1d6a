import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { updateReturning } from '@market/server/platform';
import type { BidRow, LotRow } from '../application/lot-rows';

/** The caller's transaction (an EntityManager) or the data source itself. */
type Db = Pick<EntityManager, 'query'>;

/** One bid as `place_bids` takes it (see its migration). */
export interface BidInput {
  org: string;
  user: string;
  amount: number;
  key: string | null;
}

/** One answer of `place_bids` (bigint columns arrive as strings): a bid placed now or earlier (same key)… */
export interface PlacedRow {
  idx: number;
  outcome: 'accepted' | 'repeated';
  bid_id: string;
  bid_seq: number;
  bid_amount: string;
  bid_placed_at: Date;
  lot_ends_at: Date;
  extended: boolean;
}

/** … or a refusal (`minimum` only for too_low). */
export interface RefusedRow {
  idx: number;
  outcome: 'lot_not_found' | 'not_registered' | 'deposit_pending' | 'not_open' | 'closed' | 'leading' | 'too_low';
  minimum: string | null;
}

export type BidOutcomeRow = PlacedRow | RefusedRow;

/** The SQL of the lot clock, the bid path, the bid log and the live room's reads of lots. */
@Injectable()
export class LotQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async lot(lotId: string): Promise<LotRow | undefined> {
    const [row]: LotRow[] = await this.dataSource.query(`SELECT * FROM lots WHERE id = $1`, [lotId]);
    return row;
  }

  async exists(lotId: string): Promise<boolean> {
    const [lot] = await this.dataSource.query(`SELECT 1 FROM lots WHERE id = $1`, [lotId]);
    return Boolean(lot);
  }

  /** The status of the lot (not closed) that holds this achievement, an open one first. */
  async holdOf(manager: Db, achievementId: string): Promise<{ status: string } | undefined> {
    const [lot]: Array<{ status: string }> = await manager.query(`SELECT status FROM lots WHERE achievement_id = $1 AND status <> 'closed' ORDER BY status = 'open' DESC LIMIT 1`, [achievementId]);
    return lot;
  }

  // ---- the clock

  async pending(): Promise<LotRow[]> {
    return this.dataSource.query(`SELECT * FROM lots WHERE status <> 'closed'`);
  }

  /** Lots not closed whose open or close falls within the next `seconds`. */
  async dueWithin(seconds: number): Promise<Array<{ id: string; status: string; starts_at: Date; ends_at: Date }>> {
    return this.dataSource.query(
      `SELECT id, status, starts_at, ends_at FROM lots WHERE status <> 'closed'
         AND (ends_at <= now() + make_interval(secs => $1) OR (status = 'scheduled' AND starts_at <= now() + make_interval(secs => $1)))`,
      [seconds],
    );
  }

  /** Lots whose open or close is overdue, the earliest end first (at most 500 a sweep). */
  async overdue(): Promise<LotRow[]> {
    return this.dataSource.query(
      `SELECT * FROM lots WHERE status <> 'closed' AND (ends_at <= now() OR (status = 'scheduled' AND starts_at <= now())) ORDER BY ends_at LIMIT 500`,
    );
  }

  /** When a still scheduled lot opens. */
  async scheduledStart(lotId: string): Promise<Date | undefined> {
    return this.at(`SELECT starts_at AS at FROM lots WHERE id = $1 AND status = 'scheduled'`, lotId);
  }

  /** When a lot not yet closed ends. */
  async pendingEnd(lotId: string): Promise<Date | undefined> {
    return this.at(`SELECT ends_at AS at FROM lots WHERE id = $1 AND status <> 'closed'`, lotId);
  }

  private async at(sql: string, lotId: string): Promise<Date | undefined> {
    const [row]: Array<{ at: Date }> = await this.dataSource.query(sql, [lotId]);
    return row?.at;
  }

  /** Conditional: true for exactly one caller, once the lot's start has come and before its end. */
  async open(lotId: string): Promise<boolean> {
    const rows = await updateReturning<{ id: string }>(
      this.dataSource,
      `UPDATE lots SET status = 'open' WHERE id = $1 AND status = 'scheduled' AND starts_at <= now() AND ends_at > now() RETURNING id`,
      [lotId],
    );
    return rows.length > 0;
  }

  /**
   * The conditional UPDATE decides who closes (once, whoever tries); the row lock it takes
   * holds until commit, so the result written next belongs to exactly this close.
   */
  async close(m: Db, lotId: string): Promise<(LotRow & { closed_at: Date }) | undefined> {
    const [row] = await updateReturning<LotRow & { closed_at: Date }>(
      m,
      `UPDATE lots SET status = 'closed', closed_at = now()
         WHERE id = $1 AND status <> 'closed' AND ends_at <= clock_timestamp() RETURNING *`,
      [lotId],
    );
    return row;
  }

  async setResult(m: Db, lotId: string, result: string): Promise<void> {
    await m.query(`UPDATE lots SET result = $2 WHERE id = $1`, [lotId, result]);
  }

  /** Every organization that bid on the lot. */
  async bidders(m: Db, lotId: string): Promise<string[]> {
    const rows: Array<{ organization_id: string }> = await m.query(`SELECT DISTINCT organization_id FROM bids WHERE lot_id = $1`, [lotId]);
    return rows.map((r) => r.organization_id);
  }

  async registrationOrganization(m: Db, registrationId: string | null): Promise<string> {
    const [lead]: Array<{ organization_id: string }> = await m.query(`SELECT organization_id FROM auction_registrations WHERE id = $1`, [registrationId]);
    return lead.organization_id;
  }

  // ---- bids

  /**
   * One batch of bids on one lot: one statement and one commit, under the lot's row lock
   * (`place_bids`, docs/decisions/0005); one answer per bid, in any order (`idx` says whose).
   */
  async placeBids(lotId: string, bids: BidInput[]): Promise<BidOutcomeRow[]> {
    return this.dataSource.query(`SELECT * FROM place_bids($1, $2::jsonb)`, [lotId, JSON.stringify(bids)]);
  }

  /** The lot's bid log, newest first, all of it or the last `limit` bids. */
  async bidLog(lotId: string, limit?: number): Promise<BidRow[]> {
    return this.dataSource.query(
      `SELECT seq, amount, paddle_number, placed_at, prev_hash, hash FROM bids WHERE lot_id = $1 ORDER BY seq DESC ${limit ? 'LIMIT $2' : ''}`,
      limit ? [lotId, limit] : [lotId],
    );
  }
}
