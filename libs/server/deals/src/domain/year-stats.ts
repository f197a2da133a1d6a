import { currentYear } from '@market/shared/time';

/** total / target in percent, two decimals (33_022_000_000 of 24_000_000_000 → 137.59); null without a target. */
export function completionRate(total: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  // Multiply before dividing: 52_860_000 / 80_000_000 * 10_000 is 6607.4999… in floating point,
  // while 52_860_000 * 10_000 / 80_000_000 is exactly 6607.5 and rounds half up as people expect.
  return Math.round((total * 10_000) / target) / 100;
}

/**
 * The year of an instant on the market's calendar (`TIME_ZONE`, default Asia/Shanghai): the bureau
 * counts a contract in the year of its registration day there, not in UTC.
 */
export function marketYear(at: Date): number {
  return currentYear(at);
}


/** Fills the months nobody registered anything in, so that charts always show January to December. */
export function twelveMonths(rows: Array<{ month: number; total: number; contracts: number }>): Array<{ month: number; total: number; contracts: number }> {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: 12 }, (_, i) => byMonth.get(i + 1) ?? { month: i + 1, total: 0, contracts: 0 });
}
