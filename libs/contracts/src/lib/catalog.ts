import type { OrganizationKind } from './identity';

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

export const FIELD_LABELS: Record<Field, { zh: string; en: string }> = {
  advanced_manufacturing: { zh: '先进制造', en: 'Advanced manufacturing' },
  new_materials: { zh: '新材料', en: 'New materials' },
  information_technology: { zh: '信息技术', en: 'Information technology' },
  biomedicine: { zh: '生物医药', en: 'Biomedicine' },
  new_energy: { zh: '新能源', en: 'New energy' },
  energy_saving: { zh: '节能环保', en: 'Energy saving & environment' },
  modern_agriculture: { zh: '现代农业', en: 'Modern agriculture' },
  other: { zh: '其他', en: 'Other' },
};

export const MATURITIES = ['research', 'lab', 'pilot', 'small_batch', 'mass_production'] as const;
export type Maturity = (typeof MATURITIES)[number];

export const MATURITY_LABELS: Record<Maturity, { zh: string; en: string }> = {
  research: { zh: '研发阶段', en: 'Research' },
  lab: { zh: '小试', en: 'Lab scale' },
  pilot: { zh: '中试', en: 'Pilot' },
  small_batch: { zh: '小批量', en: 'Small batch' },
  mass_production: { zh: '批量生产', en: 'Mass production' },
};

export const TRANSFER_MODES = ['transfer', 'license', 'equity', 'co_development', 'service'] as const;
export type TransferMode = (typeof TRANSFER_MODES)[number];

export const TRANSFER_MODE_LABELS: Record<TransferMode, { zh: string; en: string }> = {
  transfer: { zh: '转让', en: 'Transfer' },
  license: { zh: '许可', en: 'License' },
  equity: { zh: '作价入股', en: 'Equity' },
  co_development: { zh: '合作开发', en: 'Co-development' },
  service: { zh: '技术服务', en: 'Technical service' },
};

export const PATENT_TYPES = ['invention', 'utility_model', 'design'] as const;
export type PatentType = (typeof PATENT_TYPES)[number];

export const PATENT_TYPE_LABELS: Record<PatentType, { zh: string; en: string }> = {
  invention: { zh: '发明', en: 'Invention' },
  utility_model: { zh: '实用新型', en: 'Utility model' },
  design: { zh: '外观设计', en: 'Design' },
};

export const LISTING_STATUSES = ['draft', 'pending_review', 'published', 'rejected', 'archived'] as const;
export type ListingStatus = (typeof LISTING_STATUSES)[number];

export const LISTING_STATUS_LABELS: Record<ListingStatus, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  pending_review: { zh: '待审核', en: 'Pending review' },
  published: { zh: '已发布', en: 'Published' },
  rejected: { zh: '已驳回', en: 'Rejected' },
  archived: { zh: '已下架', en: 'Archived' },
};

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

export const NOTIFICATION_KINDS = ['new_match', 'roadshow_reminder', 'roadshow_cancelled', 'auction_result', 'review_result', 'deal_stage', 'organization_verification'] as const;
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
