import { CHALLENGE_LIMITS } from '@market/contracts';

const DAY_MS = 24 * 3600_000;

/**
 * When an announcement (公示) ends: the requested moment, or 7 days on by default. It must lie in
 * the future and within CHALLENGE_LIMITS.announcementDays.max days; null when it does not.
 */
export function announcementEnd(now: Date, requested?: string): Date | null {
  if (requested === undefined) return new Date(now.getTime() + CHALLENGE_LIMITS.announcementDays.default * DAY_MS);
  const at = new Date(requested);
  if (Number.isNaN(at.getTime())) return null;
  if (at.getTime() <= now.getTime() || at.getTime() > now.getTime() + CHALLENGE_LIMITS.announcementDays.max * DAY_MS) return null;
  return at;
}
