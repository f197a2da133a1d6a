import { pad2, parseDay } from '@market/shared/time';

/** The list page's query string: `?view=calendar&month=2026-12`. */
export type View = 'list' | 'calendar';

export interface Month {
  year: number;
  /** 1–12 */
  month: number;
}

/** `2026-12` → the month; anything else (absent, malformed, month 13) → null. */
export function parseMonth(value: string | undefined): Month | null {
  const day = value && /^\d{4}-\d{2}$/.test(value) ? parseDay(`${value}-01`) : null;
  return day ? { year: day.year, month: day.month } : null;
}

/** The month as the query string writes it: `2026-12`. */
export function monthParam({ year, month }: Month): string {
  return `${year}-${pad2(month)}`;
}

/** The month `delta` months after (negative: before) this one. */
export function shiftMonth({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
