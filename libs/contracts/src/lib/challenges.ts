import { labels } from './i18n';
import type { FacetCounts, Field, Highlighted, OwnerOrganization } from './catalog';
import type { Paginated } from './common';

/**
 * 揭榜挂帅: an enterprise (or staff, for the city's key problems) publishes a problem with a
 * bounty; verified organizations apply until the deadline; named reviewers score each
 * application per criterion; the publisher or staff award it; the result is announced (公示) and,
 * with no upheld objection, the challenge is awarded and a deal opens at the bounty.
 */
export const CHALLENGE_STATUSES = ['draft', 'pending_review', 'rejected', 'open', 'evaluating', 'announced', 'awarded', 'failed', 'archived'] as const;
export type ChallengeStatus = (typeof CHALLENGE_STATUSES)[number];
export const CHALLENGE_STATUS_LABELS = labels('challengeStatus', CHALLENGE_STATUSES);

/** The statuses anyone may see (the hall's status facet): from approval on. */
export const PUBLIC_CHALLENGE_STATUSES = ['open', 'evaluating', 'announced', 'awarded', 'failed'] as const satisfies readonly ChallengeStatus[];
export type PublicChallengeStatus = (typeof PUBLIC_CHALLENGE_STATUSES)[number];

export const APPLICATION_STATUSES = ['submitted', 'winner', 'not_selected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export const APPLICATION_STATUS_LABELS = labels('applicationStatus', APPLICATION_STATUSES);

export const OBJECTION_STATUSES = ['open', 'upheld', 'dismissed'] as const;
export type ObjectionStatus = (typeof OBJECTION_STATUSES)[number];
export const OBJECTION_STATUS_LABELS = labels('objectionStatus', OBJECTION_STATUSES);

/**
 * Bounty bands of the hall's facet (悬赏金额), in yuan: [from, below). A band's key is what the
 * index stores, so the facet counts come from the engine.
 */
export const BOUNTY_BANDS = [
  { key: 'under_100k', from: 0, below: 100_000 },
  { key: '100k_500k', from: 100_000, below: 500_000 },
  { key: '500k_1m', from: 500_000, below: 1_000_000 },
  { key: '1m_5m', from: 1_000_000, below: 5_000_000 },
  { key: 'over_5m', from: 5_000_000, below: Number.MAX_SAFE_INTEGER },
] as const;
export type BountyBand = (typeof BOUNTY_BANDS)[number]['key'];
export const BOUNTY_BAND_LABELS = labels('bountyBand', BOUNTY_BANDS.map((b) => b.key));

/** The band a bounty falls in. */
export function bountyBand(bounty: number): BountyBand {
  return (BOUNTY_BANDS.find((b) => bounty >= b.from && bounty < b.below) ?? BOUNTY_BANDS[BOUNTY_BANDS.length - 1]).key;
}

export const CHALLENGE_SORTS = ['newest', 'deadline', 'bounty'] as const;
export type ChallengeSort = (typeof CHALLENGE_SORTS)[number];

/** The limits of every field: the server refuses past them, the forms stop at them. */
export const CHALLENGE_LIMITS = {
  title: { minLength: 4, maxLength: 100 },
  description: { minLength: 20, maxLength: 5000 },
  requirement: { maxLength: 300 },
  requirements: { min: 1, max: 20 },
  criterion: { maxLength: 40 },
  criteria: { min: 1, max: 10 },
  bounty: { min: 1_000, max: 1_000_000_000_000 },
  approach: { minLength: 20, maxLength: 5000 },
  team: { min: 1, max: 20 },
  teamName: { maxLength: 40 },
  teamTitle: { maxLength: 60 },
  milestones: { min: 1, max: 20 },
  milestone: { maxLength: 100 },
  price: { max: 1_000_000_000_000 },
  scoreComment: { maxLength: 1000 },
  objection: { minLength: 5, maxLength: 1000 },
  note: { maxLength: 1000 },
  reviewers: { max: 20 },
  /** Days an announcement may run at most (7 by default). */
  announcementDays: { default: 7, max: 60 },
} as const;

export interface ChallengeCriterion {
  name: string;
  /** Integer percent; a challenge's weights sum to 100. */
  weight: number;
}

export interface ChallengeInput {
  title: string;
  description: string;
  /** 技术指标: what a solution must reach, one line each. */
  requirements: string[];
  field: Field;
  /** 悬赏金额, integer yuan: the deal's amount when it is awarded. */
  bounty: number;
  /** ISO 8601: applications close at this moment. */
  deadline: string;
  region: string;
  criteria: ChallengeCriterion[];
}

export interface Challenge extends ChallengeInput {
  id: string;
  status: ChallengeStatus;
  organization: OwnerOrganization;
  reviewComment: string | null;
  applicationCount: number;
  /** The awarded application, from the announcement on. */
  winner: { applicationId: string; organization: { id: string; name: string } } | null;
  announcementEndsAt: string | null;
  awardedAt: string | null;
  /** Why staff ended it 流榜. */
  failedNote: string | null;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /**
   * The signed-in caller's part in it (`GET /api/challenges/:id` only): a member of the publisher,
   * a named reviewer, its organization's application. Absent for anonymous callers and in lists.
   */
  viewer?: ChallengeViewer;
}

export interface ChallengeViewer {
  publisher: boolean;
  reviewer: boolean;
  applicationId: string | null;
}

export interface ChallengeSearchAnswer extends Paginated<Challenge & Highlighted> {
  facets: { field: FacetCounts; region: FacetCounts; status: FacetCounts; bounty: FacetCounts };
  processingTimeMs: number;
}

/** `GET /api/challenges/stats?year=`: the hall in figures, over the challenges published in the year (or all). */
export interface ChallengeStats {
  year: number | null;
  /** Published (public) challenges. */
  published: number;
  /** Open now, taking applications. */
  open: number;
  applications: number;
  /** Integer yuan: the bounties of every published challenge. */
  bountyTotal: number;
  awarded: number;
  failed: number;
  /** Integer yuan: the bounties of the awarded ones. */
  awardedBounty: number;
}

export interface TeamMember {
  name: string;
  /** 职称 or role in the team. */
  title: string;
}

export interface Milestone {
  title: string;
  /** ISO date or date-time. */
  dueAt: string;
}

export interface ApplicationInput {
  approach: string;
  team: TeamMember[];
  milestones: Milestone[];
  /** The price the team asks, integer yuan; the bounty when left out. */
  price?: number;
}

export interface ChallengeApplication {
  id: string;
  challengeId: string;
  status: ApplicationStatus;
  organization: { id: string; name: string; kind: OwnerOrganization['kind'] };
  applicant: { id: string; name: string };
  approach: string;
  team: TeamMember[];
  milestones: Milestone[];
  price: number | null;
  createdAt: string;
}

export interface ChallengeReview {
  reviewer: { id: string; name: string };
  /** Criterion name → 0..100. */
  scores: Record<string, number>;
  /** The weighted total of this reviewer's scores, 0..100. */
  total: number;
  comment: string | null;
  updatedAt: string;
}

export interface RankingEntry {
  application: ChallengeApplication;
  /** The weighted mean over the reviewers who scored it; null before the first score. */
  score: number | null;
  reviews: ChallengeReview[];
}

export interface ChallengeReviewer {
  id: string;
  name: string;
  organization: { id: string; name: string };
  /** The applications this reviewer may not score, and why (their own organization's). */
  conflicts: string[];
}

export interface ChallengeObjection {
  id: string;
  text: string;
  status: ObjectionStatus;
  createdAt: string;
  resolution: { note: string; at: string } | null;
}

export interface ScoreRequest {
  scores: Record<string, number>;
  comment?: string;
}
