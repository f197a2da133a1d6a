import { labels } from './i18n';
import type { ApiErrorBody } from './common';

export const AUCTION_STATUSES = ['scheduled', 'live', 'finished'] as const;
export type AuctionStatus = (typeof AUCTION_STATUSES)[number];

export const LOT_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

export const LOT_RESULTS = ['sold', 'unsold'] as const;
export type LotResult = (typeof LOT_RESULTS)[number];

export const REGISTRATION_STATUSES = ['pending_deposit', 'approved'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const AUCTION_STATUS_LABELS = labels('auctionStatus', AUCTION_STATUSES);

export const LOT_STATUS_LABELS = labels('lotStatus', LOT_STATUSES);

export const LOT_RESULT_LABELS = labels('lotResult', LOT_RESULTS);

export const REGISTRATION_STATUS_LABELS = labels('registrationStatus', REGISTRATION_STATUSES);

/** A lot as the API shows it. `reservePrice` only for staff; `serverTime` lets clients correct their clock. */
export interface Lot {
  id: string;
  auctionId: string;
  achievementId: string;
  title: string;
  status: LotStatus;
  result: LotResult | null;
  startingPrice: number;
  increment: number;
  deposit: number;
  reservePrice?: number | null;
  /** Whether the seller set a reserve (有保留价): public, the amount is not. */
  hasReserve: boolean;
  currentPrice: number | null;
  /** The lowest amount the next bid may have (null once closed). */
  nextMinimumBid: number | null;
  bidCount: number;
  leadingPaddle: number | null;
  startsAt: string;
  endsAt: string;
  extensionSeconds: number;
  serverTime: string;
}

/** 竞买须知 and where and when to pay the deposit: what a bidder accepts when registering. */
export interface AuctionRules {
  terms: string;
  deposit: {
    /** Integer yuan: the highest deposit of the auction's lots (one deposit covers them all). */
    amount: number;
    accountName: string;
    bank: string;
    accountNumber: string;
    /** ISO 8601: the deposit must have arrived by then. */
    deadline: string;
  };
}

export interface Auction {
  id: string;
  title: string;
  description: string;
  startsAt: string;
  extensionSeconds: number;
  status: AuctionStatus;
  rules: AuctionRules;
  lots: Lot[];
  /** Organizations registered to bid, and those whose deposit staff confirmed (竞买人). */
  registrationCount: number;
  bidderCount: number;
  /**
   * `GET /api/auctions/:id` for a signed-in enterprise: its organization's registration, or null
   * when it has none yet (absent for everyone else), so the page asks once and no 404 is logged.
   */
  myRegistration?: AuctionRegistration | null;
}

/**
 * `GET /api/lots/:id/confirmation`: the 成交确认书 of a sold lot, for the winner, the seller and
 * staff. Names the parties, the price (integer yuan), the winning paddle and the log's head hash,
 * which anyone can check against `GET /api/lots/:id/bids/verify`.
 */
export interface LotConfirmation {
  lotId: string;
  lotTitle: string;
  achievementId: string;
  auctionId: string;
  auctionTitle: string;
  seller: { id: string; name: string };
  buyer: { id: string; name: string };
  paddleNumber: number;
  price: number;
  bidCount: number;
  closedAt: string;
  winningBid: { seq: number; placedAt: string; hash: string };
}

export interface AuctionRegistration {
  id: string;
  auctionId: string;
  organizationId: string;
  organizationName?: string;
  status: RegistrationStatus;
  paddleNumber: number;
  /** When the registering user accepted the 竞买须知 (null for registrations from before the rule). */
  termsAcceptedAt: string | null;
  /** The deposit staff confirmed: the amount received and the payment reference. */
  deposit: { amount: number; reference: string; confirmedAt: string } | null;
  createdAt: string;
}

export interface RegisterForAuctionRequest {
  acceptTerms: true;
}

export interface ConfirmDepositRequest {
  /** Integer yuan received: at least the auction's required deposit. */
  amount: number;
  /** The payment's reference (bank transaction number). */
  reference: string;
}

export interface PlacedBid {
  id: string;
  amount: number;
  seq: number;
  placedAt: string;
  endsAt: string;
}

/** A public bid-log entry: the paddle number, never the bidder's name; hashes chain the log. */
export interface BidLogEntry {
  seq: number;
  amount: number;
  paddleNumber: number;
  placedAt: string;
  prevHash: string | null;
  hash: string;
}

/**
 * socket.io namespace and events of the live auction room. Anyone may `join` a lot and hear
 * `lot.updated`; a socket that connected with `auth: { token }` (the access token) may also send
 * `bid` ({@link SocketBid}) and is answered by its ack ({@link SocketBidAnswer}), under the same
 * rules, checks and Idempotency-Key semantics as `POST /api/lots/:id/bids`.
 */
export const AUCTION_SOCKET = { namespace: '/auctions', join: 'join', leave: 'leave', lotUpdated: 'lot.updated', bid: 'bid' } as const;

export interface SocketBid {
  lotId: string;
  /** Integer yuan. */
  amount: number;
  /** As the Idempotency-Key header: the same key on the same lot answers with the first bid. */
  idempotencyKey?: string;
}

/** The ack of a socket `bid`: the placed bid, or the error body HTTP would have answered. */
export type SocketBidAnswer = { ok: true; bid: PlacedBid } | { ok: false; error: ApiErrorBody };
