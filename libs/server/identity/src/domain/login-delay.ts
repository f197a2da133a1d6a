/**
 * How long an account-and-address pair waits before its next sign-in attempt, after this many
 * failures in the window: the first three are free (typos), then 1 s, 2 s, 4 s … doubling, up to
 * 15 minutes. The count itself is capped elsewhere (10 per pair per window).
 */
export function loginDelayMs(failures: number): number {
  if (failures <= 3) return 0;
  return Math.min(2 ** (failures - 4) * 1000, 15 * 60 * 1000);
}
