import type { ChallengeCriterion, ChallengeStatus } from './challenges';
import { CHALLENGE_LIMITS } from './challenges';

/**
 * The rules of a challenge that the server enforces and the web shows: its status machine, the
 * criteria's weights, and the weighted score. Written once, here, like the listings' rules.
 */
export const CHALLENGE_ACTIONS = ['edit', 'submit', 'approve', 'reject', 'archive', 'close', 'award', 'uphold', 'finalize', 'fail'] as const;
export type ChallengeAction = (typeof CHALLENGE_ACTIONS)[number];

/**
 * Where each action may start and where it leads: draft → pending_review → open | rejected
 * (rejected is edited and submitted again); the deadline closes an open challenge (`close`, by
 * the clock) for evaluation; an award announces the winner; an upheld objection returns it to
 * evaluating; the announcement's end awards it (`finalize`, by the clock); staff may end an
 * evaluation 流榜 (`fail`). Anything not yet public may be withdrawn (archived).
 */
export const CHALLENGE_MOVES: Record<ChallengeAction, { from: readonly ChallengeStatus[]; to: ChallengeStatus | null }> = {
  edit: { from: ['draft', 'rejected'], to: null },
  submit: { from: ['draft', 'rejected'], to: 'pending_review' },
  approve: { from: ['pending_review'], to: 'open' },
  reject: { from: ['pending_review'], to: 'rejected' },
  archive: { from: ['draft', 'pending_review', 'rejected'], to: 'archived' },
  close: { from: ['open'], to: 'evaluating' },
  award: { from: ['evaluating'], to: 'announced' },
  uphold: { from: ['announced'], to: 'evaluating' },
  finalize: { from: ['announced'], to: 'awarded' },
  fail: { from: ['evaluating'], to: 'failed' },
};

/** The status after the action, or null when it is not allowed from `current` (the server's 409). */
export function nextChallengeStatus(current: ChallengeStatus, action: ChallengeAction): ChallengeStatus | null {
  const move = CHALLENGE_MOVES[action];
  if (!move.from.includes(current)) return null;
  return move.to ?? current;
}

/** Every status and where it can go, drawn from the moves so the two cannot disagree. */
export const CHALLENGE_TRANSITIONS: Record<ChallengeStatus, readonly ChallengeStatus[]> = (() => {
  const out = { draft: [], pending_review: [], rejected: [], open: [], evaluating: [], announced: [], awarded: [], failed: [], archived: [] } as Record<ChallengeStatus, ChallengeStatus[]>;
  for (const { from, to } of Object.values(CHALLENGE_MOVES)) {
    if (to === null) continue;
    for (const f of from) if (!out[f].includes(to)) out[f].push(to);
  }
  return out;
})();

export type CriteriaProblem = 'count' | 'name' | 'duplicate' | 'weight' | 'sum';

/**
 * What is wrong with a challenge's criteria, or null: 1 to 10 criteria with distinct, non-blank
 * names, integer weights of 1 to 100 that sum to exactly 100.
 */
export function criteriaProblem(criteria: readonly ChallengeCriterion[]): CriteriaProblem | null {
  const { min, max } = CHALLENGE_LIMITS.criteria;
  if (criteria.length < min || criteria.length > max) return 'count';
  const names = criteria.map((c) => c.name.trim());
  if (names.some((n) => n === '' || n.length > CHALLENGE_LIMITS.criterion.maxLength)) return 'name';
  if (new Set(names).size !== names.length) return 'duplicate';
  if (criteria.some((c) => !Number.isInteger(c.weight) || c.weight < 1 || c.weight > 100)) return 'weight';
  return criteria.reduce((s, c) => s + c.weight, 0) === 100 ? null : 'sum';
}

export type ScoresProblem = { kind: 'missing' | 'unknown' | 'range'; criterion: string };

/** What is wrong with one reviewer's scores: every criterion, and only those, scored 0..100 (integers). */
export function scoresProblem(criteria: readonly ChallengeCriterion[], scores: Readonly<Record<string, number>>): ScoresProblem | null {
  const names = new Set(criteria.map((c) => c.name));
  for (const key of Object.keys(scores)) if (!names.has(key)) return { kind: 'unknown', criterion: key };
  for (const c of criteria) {
    const v = scores[c.name];
    if (v === undefined) return { kind: 'missing', criterion: c.name };
    if (!Number.isInteger(v) || v < 0 || v > 100) return { kind: 'range', criterion: c.name };
  }
  return null;
}

/** Rounded to two decimals, as the ranking shows a score. */
const two = (n: number) => Math.round(n * 100) / 100;

/** One reviewer's weighted total: Σ weight × score / 100, 0..100. */
export function weightedTotal(criteria: readonly ChallengeCriterion[], scores: Readonly<Record<string, number>>): number {
  return two(criteria.reduce((sum, c) => sum + c.weight * (scores[c.name] ?? 0), 0) / 100);
}

/** An application's score: the mean of its reviewers' weighted totals; null before any. */
export function meanScore(totals: readonly number[]): number | null {
  return totals.length === 0 ? null : two(totals.reduce((a, b) => a + b, 0) / totals.length);
}

/**
 * The ranking's order: scored applications by score, best first, then those nobody scored yet;
 * a tie goes to the earlier application.
 */
export function rankOrder<T extends { score: number | null; createdAt: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => {
    if (a.score !== b.score) {
      if (a.score === null) return 1;
      if (b.score === null) return -1;
      return b.score - a.score;
    }
    return a.createdAt.localeCompare(b.createdAt);
  });
}
