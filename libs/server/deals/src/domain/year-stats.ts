/** The statistics board's time zone: the bureau counts contracts by Shanghai calendar year and month. */
export const STATS_TIME_ZONE = 'Asia/Shanghai';

/** total / target in percent, two decimals (33_022_000_000 of 24_000_000_000 → 137.59); null without a target. */
export function completionRate(total: number, target: number | null): number | null {
  if (target === null || target <= 0) return null;
  // Multiply before dividing: 52_860_000 / 80_000_000 * 10_000 is 6607.4999… in floating point,
  // while 52_860_000 * 10_000 / 80_000_000 is exactly 6607.5 and rounds half up as people expect.
  return Math.round((total * 10_000) / target) / 100;
}

/** The current year on a Shanghai calendar (UTC+8, no daylight saving). */
export function shanghaiYear(now: Date): number {
  return new Date(now.getTime() + 8 * 3600 * 1000).getUTCFullYear();
}

/** Fills the months nobody registered anything in, so that charts always show January to December. */
export function twelveMonths(rows: Array<{ month: number; total: number; contracts: number }>): Array<{ month: number; total: number; contracts: number }> {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return Array.from({ length: 12 }, (_, i) => byMonth.get(i + 1) ?? { month: i + 1, total: 0, contracts: 0 });
}
