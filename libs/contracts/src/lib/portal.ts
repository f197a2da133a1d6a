import type { AuctionStatus } from './auctions';
import { labels } from './i18n';
import type { Field } from './catalog';
import type { RoadshowKind } from './roadshows';
import type { DealStage } from './deals';

/** 通知公告 (notice) and 政策法规 (policy): what staff publish on the portal. */
export const ANNOUNCEMENT_KINDS = ['notice', 'policy'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
export const ANNOUNCEMENT_KIND_LABELS = labels('announcementKind', ANNOUNCEMENT_KINDS);

/** Limits of an announcement, checked on both sides. */
export const ANNOUNCEMENT_LIMITS = { title: 120, body: 50_000 } as const;

/** An announcement in a list: no body, its first words instead. */
export interface AnnouncementSummary {
  id: string;
  kind: AnnouncementKind;
  title: string;
  pinned: boolean;
  /** Plain text, at most 120 characters of the body. */
  excerpt: string;
  publishedAt: string;
  updatedAt: string;
}

/** `GET /api/announcements/:id`: the body is HTML the server sanitized (a small set of tags, safe links). */
export interface Announcement extends AnnouncementSummary {
  body: string;
}

export interface AnnouncementInput {
  title: string;
  /** HTML from the editor; the server keeps only the allowed tags and attributes. */
  body: string;
  kind: AnnouncementKind;
  pinned?: boolean;
}

/** A listing as the portal shows it: a card, not the whole record. */
export interface PortalListing {
  id: string;
  title: string;
  field: Field;
  region: string;
  organizationName: string;
  /** Integer yuan: an achievement's asking price (null: negotiable), a need's top budget, a challenge's bounty. */
  amount: number | null;
  publishedAt: string;
}

export interface PortalAuction {
  id: string;
  title: string;
  startsAt: string;
  status: AuctionStatus;
  lots: number;
}

export interface PortalRoadshow {
  id: string;
  title: string;
  kind: RoadshowKind;
  startsAt: string;
  venue: string | null;
}

/** `GET /api/portal`: the home page in one answer, cached on the server and dropped when a figure changes. */
export interface Portal {
  figures: {
    /** Published achievements and needs, open challenges, verified organizations. */
    achievements: number;
    needs: number;
    challenges: number;
    organizations: number;
    /** Auctions that have ended. */
    auctionsHeld: number;
    /** This market year's registered contracts (integer yuan) against its target. */
    year: { year: number; total: number; target: number | null; completionRate: number | null };
  };
  latest: { achievements: PortalListing[]; needs: PortalListing[]; challenges: PortalListing[] };
  upcoming: { auctions: PortalAuction[]; roadshows: PortalRoadshow[] };
  /** Pinned first, then newest. */
  announcements: AnnouncementSummary[];
  /** When the answer was computed (ISO 8601). */
  generatedAt: string;
}

/**
 * What `GET /api/me/todo` counts, by role. Staff: listings to review, organizations to verify,
 * deposits to confirm, contracts to register. Researchers and enterprises: drafts, rejected items,
 * unread new matches, contracts waiting for their confirmation, auctions to pay a deposit for.
 * Brokers: their deals in progress. Challenges add staff's challenges to review and objections to
 * resolve, and a reviewer's applications still to score.
 */
export const TODO_KINDS = ['review', 'verification', 'deposits', 'registration', 'challenge_review', 'objections', 'drafts', 'rejected', 'matches', 'confirmations', 'payments', 'scoring', 'pipeline'] as const;
export type TodoKind = (typeof TODO_KINDS)[number];
export const TODO_KIND_LABELS = labels('todoKind', TODO_KINDS);

/** One thing waiting, as the 工作台 lists it under its count. */
export interface TodoEntry {
  /** A listing's, an organization's, an auction's or a deal's own title: user content. */
  title: string;
  link: string;
  /** What the person wrote that explains it (a rejection's reason): user content. */
  note: string | null;
  /** A deal's stage, for the broker's pipeline. */
  stage: DealStage | null;
  at: string;
}

export interface TodoItem {
  kind: TodoKind;
  count: number;
  /** Where the whole list is worked through. */
  link: string;
  /** The first few, oldest waiting first where waiting is the point (queues), newest first otherwise. */
  entries: TodoEntry[];
}

/** `GET /api/me/todo`: the caller's role's items, in a fixed order, with zero counts too; `total` feeds the header badge. */
export interface Todo {
  total: number;
  items: TodoItem[];
}

/** The signed-in socket: `todo.changed` says the caller's work list may have moved, nothing more. */
export const ME_SOCKET = { namespace: '/me', todoChanged: 'todo.changed' } as const;
