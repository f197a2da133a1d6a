/**
 * The outbox's timing rules, as plain functions (docs/decisions/0006).
 */

/** Longest wait before a failing row is tried again. */
export const MAX_RETRY_DELAY_SECONDS = 300;

/** Seconds until a row that failed on its `attempts`-th delivery is tried again: 1, 2, 4 … 300. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(MAX_RETRY_DELAY_SECONDS, 2 ** Math.max(0, attempts - 1));
}

/**
 * How long one handler may run before the drain gives up on it: half the lease, so that a row is
 * always marked (done or failed) by its claimant before the lease lets another worker take it.
 */
export function handlerTimeoutMs(leaseSeconds: number): number {
  return Math.floor((leaseSeconds * 1000) / 2);
}

/**
 * Whether a claimed row may still be started: not when so little of its lease is left that the
 * handler could outlive it (then another worker may already hold it; the lease hands it over).
 */
export function mayStart(leaseEndsAtMs: number, nowMs: number, timeoutMs: number): boolean {
  return nowMs + timeoutMs <= leaseEndsAtMs;
}
