import type { ChallengeStatus } from '@market/contracts';

/** The words several challenge pages share (`challenges.common.*`). */
export const COMMON = {
  bounty: 'challenges.common.bounty',
  deadline: 'challenges.common.deadline',
  publisher: 'challenges.common.publisher',
  applications: 'challenges.common.applications',
  requirements: 'challenges.common.requirements',
  criteria: 'challenges.common.criteria',
  weight: 'challenges.common.weight',
  back: 'challenges.common.back',
  loadError: 'challenges.common.loadError',
  retry: 'challenges.common.retry',
  cancel: 'challenges.common.cancel',
  field: 'challenges.common.field',
  region: 'challenges.common.region',
  status: 'challenges.common.status',
  score: 'challenges.common.score',
  price: 'challenges.common.price',
  yuan: 'challenges.common.yuan',
} satisfies Record<string, string>;

/** The colour of each status's tag: open is the call to act; the ends are quiet. */
export const STATUS_COLORS: Record<ChallengeStatus, string> = {
  draft: 'default',
  pending_review: 'gold',
  rejected: 'red',
  open: 'green',
  evaluating: 'blue',
  announced: 'purple',
  awarded: 'cyan',
  failed: 'default',
  archived: 'default',
};
