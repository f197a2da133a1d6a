import { labels } from './i18n';
import type { OrganizationKind } from './identity';
import { type ApiErrorBody, QUEUE_SORTS, type QueueSort } from './common';

export const FIELDS = [
  'advanced_manufacturing',
  'new_materials',
  'information_technology',
  'biomedicine',
  'new_energy',
  'energy_saving',
  'modern_agriculture',
  'other',
] as const;
export type Field = (typeof FIELDS)[number];

export const FIELD_LABELS = labels('field', FIELDS);

export const MATURITIES = ['research', 'lab', 'pilot', 'small_batch', 'mass_production'] as const;
export type Maturity = (typeof MATURITIES)[number];

export const MATURITY_LABELS = labels('maturity', MATURITIES);

export const TRANSFER_MODES = ['transfer', 'license', 'equity', 'co_development', 'service'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const TRANSFER_MODE_LABELS = labels('transferMode', TRANSFER_MODES);

export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

export const PATENT_TYPE_LABELS = labels('patentType', PATENT_TYPES);

export const LISTING_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_STATUS_LABELS = labels('listingStatus', LISTING_STATUSES);

export const ACHIEVEMENT_SORTS = ['relevance', 'newest', 'price_asc', 'price_desc'] as const;
export type AchievementSort = (typeof ACHIEVEMENT_SORTS)[number];
export const NEED_SORTS = ['relevance', 'newest', 'budget_asc', 'budget_desc', 'deadline'] as const;
export type NeedSort = (typeof NEED_SORTS)[number];

export interface Patent {
  number: string;
  type: PatentType;
}

export interface OwnerOrganization {
  id: string;
  name: string;
  kind: OrganizationKind;
}

export interface AchievementInput {
  title: string;
  summary: string;
  field: Field;
  keywords: string[];
  maturity: Maturity;
  transferModes: TransferMode[];
  /** Integer yuan; null = negotiable (面议). */
  askingPrice: number | null;
  patents: Patent[];
  region: string;
  inventors: string[];
}

export interface Achievement extends AchievementInput {
  id: string;
  status: ListingStatus;
  organization: OwnerOrganization;
  reviewComment: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface NeedInput {
  title: string;
  description: string;
  field: Field;
  keywords: string[];
  budgetMin: number;
  budgetMax: number;
  /** ISO date (or date-time) by which the enterprise wants a solution. */
  deadline: string;
  region: string;
  cooperationModes: TransferMode[];
}

export interface Need extends NeedInput {
  id: string;
  status: ListingStatus;
  organization: OwnerOrganization;
  reviewComment: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
}

export interface ReviewRequest {
  decision: 'approve' | 'reject';
  /** Required, not blank, when rejecting (`reviewCommentRequired`); optional when approving. */
  comment?: string;
}

/** At most this many listings in one batch decision. */
export const REVIEW_BATCH_MAX = 50;

/** `POST /api/achievements/review-batch` (and needs): one decision and one comment for several listings. */
export interface ReviewBatchRequest extends ReviewRequest {
  ids: string[];
}

/**
 * Each listing of a batch is decided in a transaction of its own, as a single review would be:
 * one that someone else decided meanwhile answers its error, and the others still go through.
 */
export interface ReviewBatchResult {
  items: Array<{ id: string; ok: true; status: ListingStatus } | { id: string; ok: false; error: ApiErrorBody }>;
}

/** `GET …/review-queue`: server-side filters and the order (oldest waiting first by default). */
export const REVIEW_QUEUE_SORTS = QUEUE_SORTS;
export type ReviewQueueSort = QueueSort;

export type FacetCounts = Record<string, number>;

/** A search hit: the item plus highlighted snippets (`<mark>` around matched terms, HTML-escaped otherwise). */
export interface Highlighted {
  _highlight?: { title?: string; summary?: string; description?: string };
}

export interface AchievementSearchAnswer {
  items: Array<Achievement & Highlighted>;
  total: number;
  page: number;
  pageSize: number;
  facets: { field: FacetCounts; maturity: FacetCounts; transferMode: FacetCounts; region: FacetCounts };
  processingTimeMs: number;
}

export interface NeedSearchAnswer {
  items: Array<Need & Highlighted>;
  total: number;
  page: number;
  pageSize: number;
  facets: { field: FacetCounts; region: FacetCounts; cooperationMode: FacetCounts };
  processingTimeMs: number;
}

export const NOTIFICATION_KINDS = ['new_match', 'roadshow_reminder', 'roadshow_cancelled', 'auction_result', 'review_result', 'deal_stage', 'organization_verification', 'challenge_published', 'challenge_result', 'challenge_review'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Notification {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path inside the web app, e.g. `/achievements/<id>`. */
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** E-mail of new matches: never, or gathered once a day or once a week (Monday). */
export const DIGEST_MODES = ['off', 'daily', 'weekly'] as const;
export type DigestMode = (typeof DIGEST_MODES)[number];
export const DIGEST_MODE_LABELS = labels('digestMode', DIGEST_MODES);

/** `GET`/`PUT /api/me/notification-settings`: `email` sends each notification as it comes. */
export interface NotificationSettings {
  email: boolean;
  digest: DigestMode;
  /** Whether the server can send e-mail at all (SMTP_URL set): settings are kept either way. */
  mailEnabled?: boolean;
}
