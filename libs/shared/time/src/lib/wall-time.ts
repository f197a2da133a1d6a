import { daysInMonth, pad2, parseDay } from './calendar';
import { marketTimeZone, partsFormatter } from './zone';

/** An instant as the API sends it (ISO 8601 with `Z`), a Date, or epoch milliseconds. */
export type Instant = string | number | Date;

/** Calendar and clock parts of an instant on the zone's wall clock. */
export interface WallParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  /** 0–23 */
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
}

/** A wall-clock time in the zone, without an offset (what people type or read). */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const DAY_MS = 86_400_000;

function toDate(instant: Instant): Date {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  return date;
}

/** Calendar parts of an instant as the zone's clocks show it, whatever the runtime's own zone. */
export function wallParts(instant: Instant, zone: string = marketTimeZone()): WallParts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(zone).formatToParts(toDate(instant))) parts[part.type] = part.value;
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    // Some engines still write midnight as 24 despite h23.
    hour: Number(parts['hour']) % 24,
    minute: Number(parts['minute']),
    second: Number(parts['second']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? ''),
  };
}

/** Milliseconds the zone's wall clock is ahead of UTC at an instant (Shanghai 8 h; Berlin 1 h in winter, 2 h in summer). */
function offsetMs(epochMs: number, zone: string): number {
  const p = wallParts(epochMs, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(epochMs / 1000) * 1000;
}

/** The zone's offset from UTC at an instant, in minutes (Shanghai +480, Berlin +60 or +120). */
export function utcOffsetMinutes(instant: Instant, zone: string = marketTimeZone()): number {
  return offsetMs(toDate(instant).getTime(), zone) / 60_000;
}

/** The zone's offset as people write it beside a time: `UTC+8`, `UTC+5:30`, `UTC-5`. */
export function formatUtcOffset(instant: Instant = new Date(), zone: string = marketTimeZone()): string {
  const minutes = Math.round(utcOffsetMinutes(instant, zone));
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${pad2(abs % 60)}` : ''}`;
}

/**
 * The instant at which the zone's clocks show this wall time. The offset is the zone's own at that
 * moment, so daylight saving is honoured: a time that a spring-forward change skips (02:30 in
 * Berlin on the last Sunday of March) means the same time after the change (03:30 summer time),
 * and a time shown twice at the autumn change means its first occurrence (still summer time).
 */
export function wallTimeToInstant(wall: WallTime, zone: string = marketTimeZone()): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0, wall.second ?? 0);
  // No zone changes its offset twice within two days: the offsets a day either side are the only candidates.
  const before = offsetMs(asUtc - DAY_MS, zone);
  const after = offsetMs(asUtc + DAY_MS, zone);
  const shown = [asUtc - before, asUtc - after].filter((t) => t + offsetMs(t, zone) === asUtc);
  return new Date(shown.length ? Math.min(...shown) : asUtc - before);
}

/** `2026-12-10`: the instant's calendar day in the zone. */
export function wallDate(instant: Instant, zone: string = marketTimeZone()): string {
  const p = wallParts(instant, zone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `14:00` */
export function wallClock(instant: Instant, zone: string = marketTimeZone()): string {
  const p = wallParts(instant, zone);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** `2026-12-10 14:00`: a moment in lists and detail pages. */
export function wallDateTime(instant: Instant, zone: string = marketTimeZone()): string {
  return `${wallDate(instant, zone)} ${wallClock(instant, zone)}`;
}

/** `2026-12-10 14:00 – 16:00`, or across days `2026-12-10 14:00 – 2026-12-11 10:00`. */
export function wallSpan(startsAt: Instant, endsAt: Instant, zone: string = marketTimeZone()): string {
  const startDay = wallDate(startsAt, zone);
  const endDay = wallDate(endsAt, zone);
  return `${startDay} ${wallClock(startsAt, zone)} – ${startDay === endDay ? '' : endDay + ' '}${wallClock(endsAt, zone)}`;
}

/** An instant → the value of an `<input type="datetime-local">` in the zone (`2026-12-10T14:00`). */
export function wallInput(instant: Instant, zone: string = marketTimeZone()): string {
  return `${wallDate(instant, zone)}T${wallClock(instant, zone)}`;
}

/**
 * An `<input type="datetime-local">` value, read as the zone's wall time (the input itself has no
 * zone, and the browser's own may differ) → ISO UTC; null when empty, malformed or not a real day.
 */
export function wallInputToIso(value: string, zone: string = marketTimeZone()): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null;
  return wallTimeToInstant({ year, month, day, hour, minute, second }, zone).toISOString();
}

/** Today's date in the zone (`2026-03-11`), wherever the browser is. */
export function today(now: Instant = new Date(), zone: string = marketTimeZone()): string {
  return wallDate(now, zone);
}

/** The current year on the zone's calendar: the statistics board counts contracts by it. */
export function currentYear(now: Instant = new Date(), zone: string = marketTimeZone()): number {
  return wallParts(now, zone).year;
}

/** The UTC bounds of a month on the zone's calendar, `from` inclusive and `to` exclusive (for `?from=&to=`). */
export function monthBounds(year: number, month: number, zone: string = marketTimeZone()): { from: string; to: string } {
  const next = month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
  return {
    from: wallTimeToInstant({ year, month, day: 1 }, zone).toISOString(),
    to: wallTimeToInstant({ ...next, day: 1 }, zone).toISOString(),
  };
}

/**
 * A calendar day (`2026-01-01`) → the ISO instant of its noon in the zone: a day sent as a moment
 * stays inside that day however anyone reads it back. Throws RangeError for something not a day.
 */
export function dayNoon(day: string, zone: string = marketTimeZone()): string {
  const parsed = parseDay(day);
  if (!parsed) throw new RangeError(`not a calendar day: ${day}`);
  return wallTimeToInstant({ ...parsed, hour: 12 }, zone).toISOString();
}

/**
 * Chinese date-time as the market writes it in notifications, calendar descriptions and the
 * auction pages: `2026/12/10 14:00`; with seconds `2026/12/10 14:00:00`; clock only `14:00:00`.
 */
export function formatZhDateTime(instant: Instant, options: { date?: boolean; seconds?: boolean } = {}, zone: string = marketTimeZone()): string {
  const p = wallParts(instant, zone);
  const clock = `${pad2(p.hour)}:${pad2(p.minute)}${options.seconds ? `:${pad2(p.second)}` : ''}`;
  return options.date === false ? clock : `${p.year}/${pad2(p.month)}/${pad2(p.day)} ${clock}`;
}

/** A day as Chinese readers write it, without leading zeros: `2026/12/2`. */
export function formatZhDay(instant: Instant, zone: string = marketTimeZone()): string {
  const p = wallParts(instant, zone);
  return `${p.year}/${p.month}/${p.day}`;
}

/**
 * A date picker (nz-date-picker) works in the browser's own zone: it shows and returns a Date by its
 * local clock. To pick in the market's zone wherever the browser is, the picker is given a Date whose
 * local clock reads the market's wall time, and its answer is read back the same way.
 */
export function pickerDate(instant: Instant, zone: string = marketTimeZone()): Date {
  const p = wallParts(instant, zone);
  return new Date(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
}

/** The picker's Date (its local clock read as the market's wall time) → ISO UTC; null when empty. */
export function pickerDateToIso(value: Date | null | undefined, zone: string = marketTimeZone()): string | null {
  if (!value || Number.isNaN(value.getTime())) return null;
  return wallTimeToInstant(
    { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate(), hour: value.getHours(), minute: value.getMinutes(), second: value.getSeconds() },
    zone,
  ).toISOString();
}
