import { Injectable, Logger } from '@nestjs/common';
import { AUCTION_ERRORS, type BidLogEntry, type PlacedBid } from '@market/contracts';
import { fail } from '@market/server/platform';
import type { AuthUser } from '@market/server/identity';
import { verifyChain, type ChainCheck } from '../domain/bidding';
import { KeyedBatcher } from './keyed-batcher';
import { BidLimiter } from './bid-limiter';
import { LotBroadcaster } from './lot-broadcaster';
import { LotClock } from './lot-clock';
import { toBidLogEntry } from './lot-rows';
import { LotQueries, type BidInput, type BidOutcomeRow, type PlacedRow } from '../infrastructure/lot.queries';

/** What an Idempotency-Key may be: printable ASCII, as HTTP header values are in practice. */
const IDEMPOTENCY_KEY = /^[\x20-\x7e]{1,200}$/;

/** Beyond this many bids queued on one lot, the rest wait for the next batch. */
const MAX_BATCH = 200;

/** The answer to one bid: the placed bid, or the reason it was refused as a domain error. */
function answer(row: BidOutcomeRow): PlacedBid {
  switch (row.outcome) {
    case 'accepted':
    case 'repeated':
      return { id: row.bid_id, amount: Number(row.bid_amount), seq: row.bid_seq, placedAt: row.bid_placed_at.toISOString(), endsAt: row.lot_ends_at.toISOString() };
    case 'lot_not_found':
      throw fail(AUCTION_ERRORS.LOT_NOT_FOUND);
    case 'not_registered':
      throw fail(AUCTION_ERRORS.NOT_REGISTERED);
    case 'deposit_pending':
      throw fail(AUCTION_ERRORS.DEPOSIT_PENDING);
    case 'not_open':
      throw fail(AUCTION_ERRORS.LOT_NOT_OPEN);
    case 'closed':
      throw fail(AUCTION_ERRORS.LOT_CLOSED);
    case 'leading':
      throw fail(AUCTION_ERRORS.ALREADY_LEADING);
    case 'too_low':
      throw fail(AUCTION_ERRORS.BID_TOO_LOW, { minimum: Number(row.minimum) });
  }
}

/**
 * Bids. Each process queues the bids of a lot and hands them to Postgres in batches
 * (`place_bids`, one statement and one commit per batch, under the lot's row lock): one WAL flush
 * then carries every bid that arrived meanwhile, and no two requests of this process wait on the
 * same row lock. A bid is answered only after its batch committed. Other processes' batches on
 * the same lot take turns on the lock.
 */
@Injectable()
export class Bidding {
  private readonly logger = new Logger('Bidding');
  private readonly batches = new KeyedBatcher<BidInput, BidOutcomeRow>((lotId, bids) => this.placeBatch(lotId, bids), MAX_BATCH);

  constructor(
    private readonly lots: LotQueries,
    private readonly clock: LotClock,
    private readonly broadcaster: LotBroadcaster,
    private readonly limiter: BidLimiter,
  ) {}

  async place(user: AuthUser, lotId: string, amount: number, idempotencyKey?: string): Promise<PlacedBid> {
    if (user.role !== 'enterprise') throw fail(AUCTION_ERRORS.ENTERPRISES_ONLY);
    const key = idempotencyKey?.trim() || null;
    // checked here for both ways in (header and socket): a key that jsonb cannot hold (a NUL)
    // would fail the whole batch it travels in, and with it other bidders' bids
    if (key !== null && !IDEMPOTENCY_KEY.test(key)) throw fail(AUCTION_ERRORS.BAD_IDEMPOTENCY_KEY);
    await this.limiter.consume(user.id);
    return answer(await this.batches.submit(lotId, { org: user.organizationId, user: user.id, amount, key }));
  }

  private async placeBatch(lotId: string, bids: BidInput[]): Promise<BidOutcomeRow[]> {
    const rows = await this.lots.placeBids(lotId, bids);
    rows.sort((a, b) => a.idx - b.idx);
    if (rows.some((r) => r.outcome === 'accepted')) this.broadcaster.touch(lotId);
    const lastExtension = rows.filter((r): r is PlacedRow => r.outcome === 'accepted' && r.extended).pop();
    if (lastExtension) {
      // the end moved: the new end gets its own close job (the old one will find nothing to do);
      // not awaited, the sweep is the safety net if Redis is away
      this.clock.scheduleClose(lotId, lastExtension.lot_ends_at).catch((e: Error) => this.logger.warn(`close job not scheduled: ${e.message}`));
    }
    return rows;
  }

  async log(lotId: string, limit?: number): Promise<{ items: BidLogEntry[] }> {
    await this.requireLot(lotId);
    const rows = await this.lots.bidLog(lotId, limit);
    return { items: rows.map(toBidLogEntry) };
  }

  async verify(lotId: string): Promise<ChainCheck & { lotId: string }> {
    const { items } = await this.log(lotId);
    return { lotId, ...verifyChain(lotId, items) };
  }

  private async requireLot(lotId: string): Promise<void> {
    if (!(await this.lots.exists(lotId))) throw fail(AUCTION_ERRORS.LOT_NOT_FOUND);
  }
}
