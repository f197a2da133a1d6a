import type { Lang } from '@market/web/ui';

/** Exact money for bidding: every yuan counts, so ¥1,250,000 rather than ¥125万. */
export function exactYuan(yuan: number | null | undefined): string {
  return yuan === null || yuan === undefined ? '—' : `¥${yuan.toLocaleString('en-US')}`;
}

/** The reading aid beside an exact amount: 125万元 / 1.25亿元 (Chinese only). */
export function yuanInWords(yuan: number | null | undefined, lang: Lang): string {
  if (yuan === null || yuan === undefined || lang === 'en') return '';
  if (yuan >= 100_000_000) return `${+(yuan / 100_000_000).toFixed(4)}亿元`;
  if (yuan >= 10_000) return `${+(yuan / 10_000).toFixed(4)}万元`;
  return `${yuan}元`;
}

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

/** Asia/Shanghai wall time for the market's users, wherever the browser is. */
export function shanghaiTime(iso: string, withDate = true): string {
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    ...(withDate ? { year: 'numeric', month: '2-digit', day: '2-digit' } : {}),
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(new Date(iso));
}

/** A lot update is newer when it has more bids, or the same bids and a later state (open → closed). */
export function isNewer(next: { bidCount: number; status: string; endsAt: string }, current: { bidCount: number; status: string; endsAt: string } | null): boolean {
  if (!current) return true;
  if (next.bidCount !== current.bidCount) return next.bidCount > current.bidCount;
  const order = ['scheduled', 'open', 'closed'];
  return order.indexOf(next.status) >= order.indexOf(current.status);
}
