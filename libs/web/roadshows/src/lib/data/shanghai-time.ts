/**
 * The web app shows Asia/Shanghai time whatever the browser's zone (UTC+8 all year, no daylight
 * saving), and staff type times as Beijing time. These helpers do that arithmetic by hand so that
 * a browser or test machine in another zone shows the same thing.
 */
const OFFSET_MS = 8 * 3600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** Calendar parts of an instant as seen in Shanghai. */
export function shanghaiParts(iso: string | Date): { year: number; month: number; day: number; hour: number; minute: number; weekday: number } {
  const d = new Date(new Date(iso).getTime() + OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), weekday: d.getUTCDay() };
}

/** `2026-12-10` */
export function shanghaiDate(iso: string | Date): string {
  const p = shanghaiParts(iso);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `14:00` */
export function shanghaiClock(iso: string | Date): string {
  const p = shanghaiParts(iso);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `2026-12-10 14:00 – 16:00`, or across days `2026-12-10 14:00 – 2026-12-11 10:00`. */
export function shanghaiSpan(startsAt: string, endsAt: string): string {
  const sameDay = shanghaiDate(startsAt) === shanghaiDate(endsAt);
  return `${shanghaiDate(startsAt)} ${shanghaiClock(startsAt)} – ${sameDay ? '' : shanghaiDate(endsAt) + ' '}${shanghaiClock(endsAt)}`;
}

/** An `<input type="datetime-local">` value (Beijing time) → ISO UTC; null when empty or malformed. */
export function localInputToIso(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi) - OFFSET_MS).toISOString();
}

/** ISO UTC → an `<input type="datetime-local">` value in Beijing time. */
export function isoToLocalInput(iso: string): string {
  return `${shanghaiDate(iso)}T${shanghaiClock(iso)}`;
}

export interface MonthCell {
  /** `2026-12-10`, or null for the blanks before the first and after the last day. */
  date: string | null;
  day: number | null;
}

/** The weeks of a month, Monday first, as a Chinese wall calendar shows them. */
export function monthGrid(year: number, month: number): MonthCell[][] {
  const first = new Date(Date.UTC(year, month - 1, 1));
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  const cells: MonthCell[] = Array.from({ length: lead }, () => ({ date: null, day: null }));
  for (let d = 1; d <= days; d++) cells.push({ date: `${year}-${pad(month)}-${pad(d)}`, day: d });
  while (cells.length % 7) cells.push({ date: null, day: null });
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/** The UTC bounds of a Shanghai month, for `?from=&to=`. */
export function monthRange(year: number, month: number): { from: string; to: string } {
  return {
    from: new Date(Date.UTC(year, month - 1, 1) - OFFSET_MS).toISOString(),
    to: new Date(Date.UTC(year, month, 1) - OFFSET_MS).toISOString(),
  };
}
