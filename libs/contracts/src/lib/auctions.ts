/**
 * What the auctions context announces to the rest of the market. A lot that closes as `sold`
 * writes one outbox row with this topic in the same transaction as the close; the deals context
 * handles it and opens the deal (idempotently: one deal per lot).
 */
export const AUCTION_LOT_SOLD = 'auction.lot_sold';

export interface LotSoldEvent {
  lotId: string;
  auctionId: string;
  achievementId: string;
  /** The achievement's owner organization. */
  sellerOrganizationId: string;
  /** The winning bidder's organization. */
  buyerOrganizationId: string;
  /** Winning price, integer yuan. */
  amount: number;
  /** ISO 8601 UTC. */
  closedAt: string;
}

export const AUCTION_STATUSES = ['scheduled', 'live', 'finished'] as const;
export type AuctionStatus = (typeof AUCTION_STATUSES)[number];

export const LOT_STATUSES = ['scheduled', 'open', 'closed'] as const;
export type LotStatus = (typeof LOT_STATUSES)[number];

export const LOT_RESULTS = ['sold', 'unsold'] as const;
export type LotResult = (typeof LOT_RESULTS)[number];

export const REGISTRATION_STATUSES = ['pending_deposit', 'approved'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
