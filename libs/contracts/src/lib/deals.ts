import { labels } from './i18n';
import type { Field } from './catalog';
import type { OwnerOrganization } from './catalog';

/** Deal stages in order; `terminated` ends a deal before registration. */
export const DEAL_STAGES = ['intent', 'negotiating', 'signed', 'registered', 'closed', 'terminated'] as const;
export type DealStage = (typeof DEAL_STAGES)[number];

/**
 * The moves a deal may make (the server refuses every other one with 409); shared so that the web
 * offers exactly these buttons.
 */
export const DEAL_TRANSITIONS: Record<DealStage, readonly DealStage[]> = {
  intent: ['negotiating', 'terminated'],
  negotiating: ['signed', 'terminated'],
  signed: ['registered', 'terminated'],
  registered: ['closed'],
  closed: [],
  terminated: [],
};

export const DEAL_STAGE_LABELS = labels('dealStage', DEAL_STAGES);

export const CONTRACT_TYPES = ['development', 'transfer', 'license', 'consulting', 'service'] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];

export const CONTRACT_TYPE_LABELS = labels('contractType', CONTRACT_TYPES);

/** Where a deal came from: a need's match list, the broker workbench, a sold auction lot, or by hand. */
export const DEAL_SOURCES = ['match', 'workbench', 'auction', 'manual', 'challenge'] as const;
export type DealSource = (typeof DEAL_SOURCES)[number];

export const BROKER_LEVELS = ['junior', 'intermediate', 'senior'] as const;
export type BrokerLevel = (typeof BROKER_LEVELS)[number];

export const BROKER_LEVEL_LABELS = labels('brokerLevel', BROKER_LEVELS);

export interface DealContract {
  type: ContractType;
  number: string | null;
  signedAt: string | null;
  registrationNumber: string | null;
  registeredAt: string | null;
}

/** `GET /api/deals?awaiting=`: signed contracts waiting for staff's registration or for the caller's confirmation. */
export const DEAL_AWAITING = ['registration', 'confirmation'] as const;
export type DealAwaiting = (typeof DEAL_AWAITING)[number];

/** A deal list's order: most recently moved first (the default), or by the contract's signing date. */
export const DEAL_SORTS = ['recent', 'signed_oldest', 'signed_newest'] as const;
export type DealSort = (typeof DEAL_SORTS)[number];

/** What a history entry records: a stage move, a contract amendment, a party's confirmation, a revoked registration. */
export const DEAL_EVENTS = ['stage', 'amended', 'confirmed', 'registration_revoked'] as const;
export type DealEvent = (typeof DEAL_EVENTS)[number];

/**
 * The facts an entry records, for each reader to word in their own language: the amended or
 * confirmed contract, the confirming side, the registration number. An entry from before facts
 * were kept has none (null), and its note holds the platform's Chinese wording.
 */
export interface DealHistoryFacts {
  /** A deal opened by a sold auction lot rather than by a broker's intent. */
  viaAuction?: boolean;
  /** A deal opened by an awarded challenge (揭榜挂帅) at its bounty. */
  viaChallenge?: boolean;
  amount?: number | null;
  contractType?: ContractType | null;
  /** An amendment's contract before it. */
  previous?: { amount: number | null; contractType: ContractType | null };
  /** An amendment that cleared both parties' confirmations. */
  confirmationsCleared?: boolean;
  side?: 'seller' | 'buyer';
  registrationNumber?: string | null;
}

export interface DealHistoryEntry {
  event: DealEvent;
  at: string;
  by: { id: string; name: string } | null;
  from: DealStage | null;
  to: DealStage;
  facts: DealHistoryFacts | null;
  /** What the person wrote (a stage note, a revocation's reason): user content. */
  note: string | null;
}

export interface Deal {
  id: string;
  stage: DealStage;
  source: DealSource;
  needId: string | null;
  lotId: string | null;
  /** What is traded, in a line: the achievement's title, or the challenge's. */
  title: string;
  field: Field;
  region: string;
  /** The achievement traded; null for a deal an awarded challenge opened. */
  achievement: { id: string; title: string; field: Field; region: string } | null;
  /** The awarded challenge (揭榜挂帅) the deal carries out, at its bounty; null otherwise. */
  challenge: { id: string; title: string } | null;
  seller: OwnerOrganization;
  buyer: OwnerOrganization;
  broker: { id: string; name: string } | null;
  /** Integer yuan; null until known (an auction deal starts with the winning price). */
  amount: number | null;
  contract: DealContract | null;
  /** 三方确认: when a member of each party confirmed the signed contract's amount and type; null until then. */
  confirmations: { seller: string | null; buyer: string | null };
  /** 技术合同登记, by staff only; null until registered (and again after a revocation). */
  registration: { number: string; registeredAt: string } | null;
  history: DealHistoryEntry[];
  createdAt: string;
  updatedAt: string;
}

export interface OpenDealRequest {
  achievementId: string;
  buyerOrganizationId: string;
  needId?: string;
  brokerId?: string;
  source?: Exclude<DealSource, 'auction' | 'challenge'>;
}

export interface AdvanceDealRequest {
  stage: DealStage;
  amount?: number;
  contract?: { type: ContractType; number?: string; signedAt?: string };
  /** Both optional: the platform issues the next number, and registers now. */
  registration?: { number?: string; registeredAt?: string };
  note?: string;
}

/** What the confirming party saw; a contract that changed since is not confirmed (409). */
export interface ConfirmDealRequest {
  amount?: number;
  type?: ContractType;
}

export interface RevokeRegistrationRequest {
  reason: string;
}

/** One slice of the year's registered contracts. */
export interface StatSlice {
  key: string;
  total: number;
  contracts: number;
}

export interface MonthSlice {
  month: number;
  total: number;
  contracts: number;
}

export interface TransactionStats {
  year: number;
  /** Integer yuan; null when staff have not set one. */
  target: number | null;
  /** Integer yuan of the year's registered contracts. */
  total: number;
  /** total / target in percent with two decimals (137.59); null without a target. */
  completionRate: number | null;
  contracts: number;
  byField: StatSlice[];
  byRegion: StatSlice[];
  byContractType: StatSlice[];
  /** Twelve entries, January first (Asia/Shanghai months). */
  byMonth: MonthSlice[];
}

/** A broker as staff pick one to carry a deal (`GET /api/brokers`). */
export interface BrokerCard {
  id: string;
  name: string;
  organization: OwnerOrganization;
}

export interface BrokerProfile {
  id: string;
  name: string;
  organization: OwnerOrganization;
  certificationLevel: BrokerLevel | null;
  certificationNumber: string | null;
  dealsHandled: number;
  /** Integer yuan of the broker's registered (and closed) contracts. */
  volumeClosed: number;
}
