import { timeZoneName, type Localized } from '@market/contracts';
/**
 * The market's time zone: the one wall clock that every page, notification, calendar file and
 * statistic speaks, whatever zone the browser or the server process runs in. Wenzhou keeps China
 * Standard Time, so the default is Asia/Shanghai; another city sets `TIME_ZONE` on the server, and
 * the web reads it from `GET /api/config` at start-up. Both call `setMarketTimeZone` once, before
 * anything is shown.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

let current = DEFAULT_TIME_ZONE;

/**
 * An IANA name (`Asia/Shanghai`, `Europe/Berlin`, `America/Argentina/Buenos_Aires`, `UTC`), not an
 * offset such as `+08:00`: an offset cannot follow daylight saving, and PostgreSQL reads `+08:00`
 * with the opposite sign (POSIX), so the statistics would count in the wrong zone.
 */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per zone (building one costs far more than using it). English digits and a 23-hour
 * clock, so that the parts read back as plain numbers; midnight is hour 0, never 24.
 */
export function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `name` is a time zone this runtime knows by its IANA name. */
export function isTimeZone(name: unknown): name is string {
  if (typeof name !== 'string' || !IANA_NAME.test(name)) return false;
  try {
    partsFormatter(name);
    return true;
  } catch {
    // Intl throws RangeError for a zone it does not know.
    return false;
  }
}

/** Sets the market's zone for every function of this library; throws RangeError for an unknown zone. */
export function setMarketTimeZone(name: string): void {
  if (!isTimeZone(name)) throw new RangeError(`${name} is not an IANA time zone (such as Asia/Shanghai)`);
  current = name;
}

/** The market's zone: `TIME_ZONE` on the server, the answer of `GET /api/config` on the web. */
export function marketTimeZone(): string {
  return current;
}

/** How the market's users name the zone in labels such as 开始时间（北京时间）. */
export function zoneName(zone: string = marketTimeZone()): Localized {
  return timeZoneName(zone);
}
