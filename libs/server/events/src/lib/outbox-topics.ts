/**
 * Every outbox topic with the payload its row carries: one map, so that a producer cannot write a
 * payload its handler does not expect (Outbox.add and @OutboxHandler are typed by it). Payloads are
 * facts in JSON (ids, amounts, ISO times), never entities: a row may be delivered again later.
 */
export const TOPICS = {
  /** A listing changed (created, edited, approved, archived): search re-reads it and indexes or removes it. */
  catalogChanged: 'catalog.changed',
  /** A listing was just approved: matching tells the other side about new matches. */
  catalogPublished: 'catalog.published',
  /** Staff decided an organization's verification: its members are told. */
  organizationDecided: 'identity.organization_decided',
  /** A lot closed as sold (written in the close's transaction): deals opens the deal, once per lot. */
  lotSold: 'auction.lot_sold',
  /** A challenge changed where the public may see it: search re-reads it and indexes or removes it. */
  challengeChanged: 'challenge.changed',
  /** A challenge was just approved (open): matching tells the organizations whose achievements fit it. */
  challengePublished: 'challenge.published',
  /** A challenge's announcement ended clean (written in the award's transaction): deals opens the deal, once per challenge. */
  challengeAwarded: 'challenge.awarded',
} as const;

export type ListingKind = 'achievement' | 'need';

export interface ListingChanged {
  kind: ListingKind;
  id: string;
}

export interface OrganizationDecided {
  organizationId: string;
  name: string;
  decision: 'approve' | 'reject';
  comment: string | null;
}

export interface LotSold {
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

export interface ChallengeChanged {
  id: string;
}

export interface ChallengeAwarded {
  challengeId: string;
  title: string;
  field: string;
  region: string;
  /** The publisher: it pays the bounty (the deal's buyer). */
  publisherOrganizationId: string;
  /** The winning application's organization (the deal's seller). */
  winnerOrganizationId: string;
  applicationId: string;
  /** The bounty, integer yuan. */
  amount: number;
  /** ISO 8601 UTC. */
  awardedAt: string;
}

/** Topic → payload. An interface, so a test may add its own topics by declaration merging. */
export interface OutboxPayloads {
  [TOPICS.catalogChanged]: ListingChanged;
  [TOPICS.catalogPublished]: ListingChanged;
  [TOPICS.organizationDecided]: OrganizationDecided;
  [TOPICS.lotSold]: LotSold;
  [TOPICS.challengeChanged]: ChallengeChanged;
  [TOPICS.challengePublished]: ChallengeChanged;
  [TOPICS.challengeAwarded]: ChallengeAwarded;
}

export type OutboxTopic = keyof OutboxPayloads;

/**
 * The areas of the market whose changes a cross-area view (the portal) follows through
 * ChangeSignals in platform: each context raises its own after a commit.
 */
export const CHANGE_AREAS = ['catalog', 'organizations', 'auctions', 'roadshows', 'contracts', 'announcements', 'challenges'] as const;
export type ChangeArea = (typeof CHANGE_AREAS)[number];
