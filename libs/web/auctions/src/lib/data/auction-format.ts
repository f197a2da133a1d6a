import type { Lang } from '@market/web/ui';

// Money (exactYuan, yuanInWords) comes from @market/web/ui, times from @market/shared/time.

/**
 * The browser's clock minus the server's, from a lot that carries `serverTime`. Countdowns use the
 * server's clock (now − skew), so a wrong phone clock cannot show a wrong end.
 */
export function clockSkewMs(serverTime: string, receivedAt: number): number {
  return receivedAt - Date.parse(serverTime);
}

/** Milliseconds left until `endsAt` by the server's clock. */
export function remainingMs(endsAt: string, browserNow: number, skewMs: number): number {
  return Math.max(0, Date.parse(endsAt) - (browserNow - skewMs));
}

/** 2天 03:04:05 / 03:04:05 / 04:05 — the countdown as bidders read it. */
export function formatCountdown(ms: number, lang: Lang): string {
  const total = Math.ceil(ms / 1000);
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  const clock = h > 0 || days > 0 ? `${pad(h)}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
  if (days === 0) return clock;
  return lang === 'en' ? `${days}d ${clock}` : `${days}天 ${clock}`;
}

/** A lot update is newer when it has more bids, or the same bids and a later state (open → closed). */
export function isNewer(next: { bidCount: number; status: string; endsAt: string }, current: { bidCount: number; status: string; endsAt: string } | null): boolean {
  if (!current) return true;
  if (next.bidCount !== current.bidCount) return next.bidCount > current.bidCount;
  const order = ['scheduled', 'open', 'closed'];
  return order.indexOf(next.status) >= order.indexOf(current.status);
}

/** The quick-bid steps of the bid bar: +1, +2 or +5 increments. */
export const BID_STEPS = [1, 2, 5] as const;

/**
 * The amount of a quick bid of `steps` increments: one step is the lowest bid the lot takes now,
 * each further step one increment more (null when the lot takes no bids).
 */
export function quickBid(lot: { nextMinimumBid: number | null; increment: number }, steps: number): number | null {
  if (lot.nextMinimumBid === null) return null;
  return lot.nextMinimumBid + (Math.max(1, Math.floor(steps)) - 1) * lot.increment;
}
