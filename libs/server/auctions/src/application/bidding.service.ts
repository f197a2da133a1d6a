import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BidLogEntry, PlacedBid } from '@market/contracts';
import { conflict, forbidden, isUniqueViolation, notFound } from '@market/server/platform';
import type { AuthUser } from '@market/server/identity';
import { rejectBid, verifyChain, type ChainCheck } from '../domain/bidding';
import { PLACE_BID_SQL } from './bid-statement';
import { LotBroadcaster } from './lot-broadcaster';
import { LotClock } from './lot-clock';
import { toBidLogEntry, type BidRow, type LotRow } from './lot-rows';

interface PlacedRow {
  id: string;
  seq: number;
  amount: string;
  placed_at: Date;
  ends_at: Date;
  extended?: boolean;
}

const toPlaced = (r: PlacedRow): PlacedBid => ({ id: r.id, amount: Number(r.amount), seq: r.seq, placedAt: r.placed_at.toISOString(), endsAt: r.ends_at.toISOString() });

/** Bids: one statement per accepted bid (see bid-statement.ts); rejections are explained after the fact. */
@Injectable()
export class Bidding {
  private readonly logger = new Logger('Bidding');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: LotClock,
    private readonly broadcaster: LotBroadcaster,
  ) {}

  async place(user: AuthUser, lotId: string, amount: number, idempotencyKey?: string): Promise<PlacedBid> {
    if (user.role !== 'enterprise') throw forbidden('AUCTION.ENTERPRISES_ONLY', '只有企业用户可以出价');
    const key = idempotencyKey?.trim() || null;
    if (key) {
      const earlier = await this.byKey(lotId, user.id, key);
      if (earlier) return earlier;
    }
    let rows: PlacedRow[];
    try {
      rows = await this.dataSource.query(PLACE_BID_SQL, [lotId, user.organizationId, amount, user.id, key]);
    } catch (e) {
      // the same key sent twice at once: the unique index let one through; answer with that one
      const earlier = key && isUniqueViolation(e) ? await this.byKey(lotId, user.id, key) : null;
      if (earlier) return earlier;
      throw e;
    }
    if (rows.length === 0) {
      // the same key sent twice at once: the twin got in first, so this one lost on price; answer with the twin
      const twin = key ? await this.byKey(lotId, user.id, key) : null;
      if (twin) return twin;
      throw await this.whyRejected(user, lotId, amount);
    }
    const placed = toPlaced(rows[0]);
    this.broadcaster.touch(lotId);
    if (rows[0].extended) {
      // the end moved: the new end gets its own close job (the old one will find nothing to do);
      // not awaited, the sweep is the safety net if Redis is away
      this.clock.scheduleClose(lotId, rows[0].ends_at).catch((e: Error) => this.logger.warn(`close job not scheduled: ${e.message}`));
    }
    return placed;
  }

  private async byKey(lotId: string, userId: string, key: string): Promise<PlacedBid | null> {
    const [row]: PlacedRow[] = await this.dataSource.query(
      `SELECT b.id, b.seq, b.amount, b.placed_at, l.ends_at FROM bids b JOIN lots l ON l.id = b.lot_id
       WHERE b.lot_id = $1 AND b.user_id = $2 AND b.idempotency_key = $3`,
      [lotId, userId, key],
    );
    return row ? toPlaced(row) : null;
  }

  private async whyRejected(user: AuthUser, lotId: string, amount: number): Promise<Error> {
    const [lot]: LotRow[] = await this.dataSource.query(`SELECT * FROM lots WHERE id = $1`, [lotId]);
    if (!lot) return notFound('AUCTION.LOT_NOT_FOUND', '拍品不存在');
    const [reg]: Array<{ status: string }> = await this.dataSource.query(
      `SELECT status FROM auction_registrations WHERE auction_id = $1 AND organization_id = $2`,
      [lot.auction_id, user.organizationId],
    );
    if (!reg) return forbidden('AUCTION.NOT_REGISTERED', '贵单位尚未报名该竞价活动，不能出价');
    if (reg.status !== 'approved') return forbidden('AUCTION.DEPOSIT_PENDING', '保证金尚未确认，暂不能出价');
    const why = rejectBid(
      { status: lot.status, endsAt: lot.ends_at, startingPrice: Number(lot.starting_price), increment: Number(lot.increment), currentPrice: lot.current_price === null ? null : Number(lot.current_price) },
      amount,
      new Date(),
    );
    if (why?.reason === 'too_low') return conflict('AUCTION.BID_TOO_LOW', `出价过低：当前最低可出价 ${why.minimum} 元`);
    if (why?.reason === 'ended' || lot.status === 'closed') return conflict('AUCTION.LOT_CLOSED', '该拍品竞价已结束');
    if (lot.status === 'scheduled') return conflict('AUCTION.LOT_NOT_OPEN', '该拍品尚未开始竞价');
    // the lot changed between the statement and this look (another bid got in first): say so
    return conflict('AUCTION.BID_OUTBID', '出价时已有更高出价，请刷新后重试');
  }

  async log(lotId: string, limit?: number): Promise<{ items: BidLogEntry[] }> {
    await this.requireLot(lotId);
    const rows: BidRow[] = await this.dataSource.query(
      `SELECT seq, amount, paddle_number, placed_at, prev_hash, hash FROM bids WHERE lot_id = $1 ORDER BY seq DESC ${limit ? 'LIMIT $2' : ''}`,
      limit ? [lotId, limit] : [lotId],
    );
    return { items: rows.map(toBidLogEntry) };
  }

  async verify(lotId: string): Promise<ChainCheck & { lotId: string }> {
    const { items } = await this.log(lotId);
    return { lotId, ...verifyChain(lotId, items) };
  }

  private async requireLot(lotId: string): Promise<void> {
    const [lot] = await this.dataSource.query(`SELECT 1 FROM lots WHERE id = $1`, [lotId]);
    if (!lot) throw notFound('AUCTION.LOT_NOT_FOUND', '拍品不存在');
  }
}
