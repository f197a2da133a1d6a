import type { AuctionRegistration, BidLogEntry, Lot, LotResult, LotStatus } from '@market/contracts';
import { minimumBid } from '../domain/bidding';

/** A `lots` row as pg returns it (bigint columns arrive as strings). */
export interface LotRow {
  id: string;
  auction_id: string;
  achievement_id: string;
  seller_organization_id: string;
  title: string;
  position: number;
  starting_price: string;
  increment: string;
  reserve_price: string | null;
  deposit: string;
  extension_seconds: number;
  starts_at: Date;
  ends_at: Date;
  status: LotStatus;
  result: LotResult | null;
  current_price: string | null;
  bid_count: number;
  leading_registration_id: string | null;
  leading_paddle: number | null;
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

export function toLot(row: LotRow, opts: { staff: boolean }): Lot {
  const prices = { startingPrice: Number(row.starting_price), increment: Number(row.increment), currentPrice: num(row.current_price) };
  return {
    id: row.id,
    auctionId: row.auction_id,
    achievementId: row.achievement_id,
    title: row.title,
    status: row.status,
    result: row.result,
    ...prices,
    deposit: Number(row.deposit),
    // the reserve is the seller's secret: only staff see it
    ...(opts.staff ? { reservePrice: num(row.reserve_price) } : {}),
    hasReserve: row.reserve_price !== null,
    nextMinimumBid: row.status === 'closed' ? null : minimumBid(prices),
    bidCount: row.bid_count,
    leadingPaddle: row.leading_paddle,
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    extensionSeconds: row.extension_seconds,
    serverTime: new Date().toISOString(),
  };
}

export interface RegistrationRow {
  id: string;
  auction_id: string;
  organization_id: string;
  organization_name?: string;
  status: AuctionRegistration['status'];
  paddle_number: number;
  terms_accepted_at: Date | null;
  deposit_amount: string | null;
  deposit_reference: string | null;
  approved_at: Date | null;
  created_at: Date;
}

export function toRegistration(r: RegistrationRow): AuctionRegistration {
  return {
    id: r.id,
    auctionId: r.auction_id,
    organizationId: r.organization_id,
    ...(r.organization_name ? { organizationName: r.organization_name } : {}),
    status: r.status,
    paddleNumber: r.paddle_number,
    termsAcceptedAt: r.terms_accepted_at ? r.terms_accepted_at.toISOString() : null,
    deposit:
      r.status === 'approved' && r.deposit_amount !== null && r.approved_at
        ? { amount: Number(r.deposit_amount), reference: r.deposit_reference ?? '', confirmedAt: r.approved_at.toISOString() }
        : null,
    createdAt: r.created_at.toISOString(),
  };
}

export interface BidRow {
  seq: number;
  amount: string;
  paddle_number: number;
  placed_at: Date;
  prev_hash: string | null;
  hash: string;
}

export function toBidLogEntry(b: BidRow): BidLogEntry {
  return { seq: b.seq, amount: Number(b.amount), paddleNumber: b.paddle_number, placedAt: b.placed_at.toISOString(), prevHash: b.prev_hash, hash: b.hash };
}
