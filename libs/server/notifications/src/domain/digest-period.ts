import type { DigestMode } from '@market/contracts';
import { wallParts, wallTimeToInstant } from '@market/shared/time';

/**
 * A digest's period: `day:2026-12-03` or `week:2026-11-30` (the week named by its Monday), on the
 * market's calendar. One digest per person and period is the idempotency key of the digest job.
 */
export interface DigestPeriod {
  key: string;
  /** When the period's digest became due: its day (Monday for a week) at the digest hour. */
  dueAt: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The latest period of a mode that is due at `now` (null for `off`). A day is due from its
 * digest hour on; a week from Monday's digest hour. Before today's hour, yesterday's day is the
 * latest due — so a job that runs late, or after downtime, still sends it (once).
 */
export function duePeriod(mode: DigestMode, now: Date, digestHour: number, zone?: string): DigestPeriod | null {
  if (mode === 'off') return null;
  const today = wallParts(now, zone);
  // back one day at a time (at most 8) to the most recent day whose digest hour has passed and that fits the mode
  for (let back = 0; back <= 8; back++) {
    const noon = wallTimeToInstant({ year: today.year, month: today.month, day: today.day, hour: 12 }, zone);
    const day = wallParts(new Date(noon.getTime() - back * 86_400_000), zone);
    const dueAt = wallTimeToInstant({ year: day.year, month: day.month, day: day.day, hour: digestHour }, zone);
    if (dueAt.getTime() > now.getTime()) continue;
    if (mode === 'weekly' && day.weekday !== 1) continue;
    const date = `${day.year}-${pad(day.month)}-${pad(day.day)}`;
    return { key: `${mode === 'daily' ? 'day' : 'week'}:${date}`, dueAt };
  }
  return null;
}

/** How far back a first digest reaches: a day's worth, or a week's. */
export function lookBackMs(mode: DigestMode): number {
  return mode === 'weekly' ? 7 * 86_400_000 : 86_400_000;
}
