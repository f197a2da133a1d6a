/**
 * Plain calendar arithmetic on days (`YYYY-MM-DD`) and months, with no instant and so no zone: a
 * day on the market's calendar is the same day everywhere. Computed in UTC so that the runtime's
 * own zone and its daylight saving never shift a day.
 */

export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Days in a month (February of a leap year has 29). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2026-03-11` → its parts; null for anything else, including days that do not exist (2026-02-30). */
export function parseDay(day: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const [year, month, d] = m.slice(1).map(Number);
  return month >= 1 && month <= 12 && d >= 1 && d <= daysInMonth(year, month) ? { year, month, day: d } : null;
}

/** Whether `value` is a calendar day `YYYY-MM-DD` rather than an instant. */
export function isDay(value: string): boolean {
  return parseDay(value) !== null;
}

/** The day after `day` (`2026-12-31` → `2027-01-01`). */
export function nextDay(day: string): string {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`not a calendar day: ${day}`);
  return new Date(Date.UTC(parsed.year, parsed.month - 1, parsed.day + 1)).toISOString().slice(0, 10);
}

export interface MonthCell {
  /** `2026-12-10`, or null for the blanks before the first and after the last day. */
  date: string | null;
  day: number | null;
}

/** The weeks of a month, Monday first, as a Chinese wall calendar shows them. */
export function monthGrid(year: number, month: number): MonthCell[][] {
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: MonthCell[] = Array.from({ length: lead }, () => ({ date: null, day: null }));
  const days = daysInMonth(year, month);
  for (let d = 1; d <= days; d++) cells.push({ date: `${year}-${pad2(month)}-${pad2(d)}`, day: d });
  while (cells.length % 7) cells.push({ date: null, day: null });
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}
