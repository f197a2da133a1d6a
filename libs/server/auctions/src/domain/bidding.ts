import { createHash } from 'node:crypto';
import type { AuctionStatus, LotResult, LotStatus } from '@market/contracts';

/**
 * The rules of the English ascending auction, as plain functions. The SQL function `place_bids`
 * (migration 1764071200000) applies the same rules to a batch under the lot's row lock, and its
 * integration test checks it against these, bid by bid; they also drive the clock, compute the
 * next minimum bid for clients, and let anyone check the bid log. (The SQL function is migration
 * 1764071400000 since the leader rule.)
 */
export interface LotPrices {
  startingPrice: number;
  increment: number;
  currentPrice: number | null;
}

/** First bid: at least the starting price; every later one: the current price plus the increment. */
export function minimumBid(lot: LotPrices): number {
  return lot.currentPrice === null ? lot.startingPrice : lot.currentPrice + lot.increment;
}

export interface LotState extends LotPrices {
  status: LotStatus;
  endsAt: Date;
  /** The registration (bidder) whose bid leads, null before the first bid. */
  leader: string | null;
}

export type BidRejection = { reason: 'not_open' } | { reason: 'ended' } | { reason: 'leading' } | { reason: 'too_low'; minimum: number };

/**
 * Why a bid of `amount` by `bidder` (its registration) at `now` cannot be accepted, or null when
 * it can. The leader cannot outbid itself: it would only raise its own price.
 */
export function rejectBid(lot: LotState, amount: number, now: Date, bidder: string): BidRejection | null {
  if (lot.status !== 'open') return { reason: 'not_open' };
  if (now.getTime() >= lot.endsAt.getTime()) return { reason: 'ended' };
  if (lot.leader === bidder) return { reason: 'leading' };
  const minimum = minimumBid(lot);
  if (amount < minimum) return { reason: 'too_low', minimum };
  return null;
}

/** A bid inside the extension window before the end moves the end to bid time + window. */
export function endAfterBid(endsAt: Date, placedAt: Date, windowSeconds: number): Date {
  const window = windowSeconds * 1000;
  return endsAt.getTime() - placedAt.getTime() < window ? new Date(placedAt.getTime() + window) : endsAt;
}

/** Sold when the highest bid reaches the reserve (or there is none); unsold without bids. */
export function lotResult(lot: { bidCount: number; currentPrice: number | null; reservePrice: number | null }): LotResult {
  if (lot.bidCount === 0 || lot.currentPrice === null) return 'unsold';
  return lot.reservePrice === null || lot.currentPrice >= lot.reservePrice ? 'sold' : 'unsold';
}

/** Finished when every lot is closed; live once started (or any lot open); scheduled before. */
export function auctionStatus(startsAt: Date, lots: Array<{ status: LotStatus }>, now: Date): AuctionStatus {
  if (lots.length > 0 && lots.every((l) => l.status === 'closed')) return 'finished';
  if (lots.some((l) => l.status === 'open') || now.getTime() >= startsAt.getTime()) return 'live';
  return 'scheduled';
}

/** What a clock tick should do with a lot at `now`. */
export function dueAction(lot: { status: LotStatus; startsAt: Date; endsAt: Date }, now: Date): 'open' | 'close' | null {
  if (lot.status === 'closed') return null;
  if (now.getTime() >= lot.endsAt.getTime()) return 'close';
  if (lot.status === 'scheduled' && now.getTime() >= lot.startsAt.getTime()) return 'open';
  return null;
}

export interface ChainedBid {
  seq: number;
  amount: number;
  paddleNumber: number;
  /** ISO 8601 UTC with milliseconds, exactly as the API shows it. */
  placedAt: string;
  prevHash: string | null;
  hash: string;
}

/**
 * The hash of one bid: SHA-256 over the previous bid's hash and this bid's public fields, joined
 * with `|`. The SQL statement computes the same string; anyone can recompute it from the public log.
 */
export function bidHash(prevHash: string | null, lotId: string, bid: Omit<ChainedBid, 'prevHash' | 'hash'>): string {
  const text = [prevHash ?? '', lotId, bid.seq, bid.amount, bid.paddleNumber, bid.placedAt].join('|');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export type ChainCheck = { valid: true; count: number; headHash: string | null } | { valid: false; count: number; brokenAtSeq: number; problem: string };

/** Checks a lot's whole bid log (any order): consecutive seqs from 1, each hash links to the last. */
export function verifyChain(lotId: string, bids: ChainedBid[]): ChainCheck {
  const sorted = [...bids].sort((a, b) => a.seq - b.seq);
  let prev: string | null = null;
  let lastAmount = -1;
  for (const [i, bid] of sorted.entries()) {
    const fail = (problem: string): ChainCheck => ({ valid: false, count: sorted.length, brokenAtSeq: bid.seq, problem });
    if (bid.seq !== i + 1) return fail(`expected seq ${i + 1}`);
    if ((bid.prevHash ?? null) !== prev) return fail('prevHash does not match the previous bid');
    if (bidHash(prev, lotId, bid) !== bid.hash) return fail('hash does not match the bid');
    if (bid.amount <= lastAmount) return fail('amount does not rise');
    prev = bid.hash;
    lastAmount = bid.amount;
  }
  return { valid: true, count: sorted.length, headHash: prev };
}
