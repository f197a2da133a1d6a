import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import {
  currentYear,
  dayNoon,
  formatUtcOffset,
  formatZhDateTime,
  formatZhDay,
  monthBounds,
  pickerDate,
  pickerDateToIso,
  today,
  utcOffsetMinutes,
  wallClock,
  wallDate,
  wallDateTime,
  wallInput,
  wallInputToIso,
  wallParts,
  wallSpan,
} from './wall-time';
import { DEFAULT_TIME_ZONE, isTimeZone, marketTimeZone, setMarketTimeZone, zoneName } from './zone';

const BERLIN = 'Europe/Berlin';

describe('the market wall clock in Asia/Shanghai (the default)', () => {
  it('reads an instant on the Shanghai clock (UTC+8, no daylight saving)', () => {
    expect(marketTimeZone()).toBe('Asia/Shanghai');
    expect(wallParts('2026-12-10T06:00:00Z')).toEqual({ year: 2026, month: 12, day: 10, hour: 14, minute: 0, second: 0, weekday: 4 });
    expect(wallDate('2025-12-31T16:30:00Z')).toBe('2026-01-01');
    expect(wallClock('2026-12-10T06:05:00Z')).toBe('14:05');
    expect(wallDateTime('2026-12-09T16:00:00Z')).toBe('2026-12-10 00:00');
    expect(utcOffsetMinutes('2026-07-01T00:00:00Z')).toBe(480);
  });

  it('shows a span on one day once, across days twice', () => {
    expect(wallSpan('2026-12-10T06:00:00Z', '2026-12-10T08:00:00Z')).toBe('2026-12-10 14:00 – 16:00');
    expect(wallSpan('2026-12-10T15:00:00Z', '2026-12-10T17:00:00Z')).toBe('2026-12-10 23:00 – 2026-12-11 01:00');
  });

  it('reads and writes datetime-local inputs as Beijing time', () => {
    expect(wallInputToIso('2026-12-10T14:00')).toBe('2026-12-10T06:00:00.000Z');
    expect(wallInputToIso('2026-12-01T00:15')).toBe('2026-11-30T16:15:00.000Z');
    expect(wallInputToIso('2026-12-01T12:30:45')).toBe('2026-12-01T04:30:45.000Z');
    expect(wallInput('2026-11-30T19:30:00.000Z')).toBe('2026-12-01T03:30');
    expect(wallInput(new Date('2026-12-01T04:30:00.000Z'))).toBe('2026-12-01T12:30');
  });

  it('refuses inputs that are empty, malformed or not a real day', () => {
    expect(wallInputToIso('')).toBeNull();
    expect(wallInputToIso('tomorrow')).toBeNull();
    expect(wallInputToIso('2026-02-30T10:00')).toBeNull();
    expect(wallInputToIso('2026-12-01T24:00')).toBeNull();
  });

  it('knows today and the year on the Shanghai calendar', () => {
    expect(today(new Date('2026-03-10T15:30:00Z'))).toBe('2026-03-10');
    expect(today(new Date('2026-03-10T16:30:00Z'))).toBe('2026-03-11');
    expect(currentYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(currentYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('bounds a month and sends a day as its noon', () => {
    expect(monthBounds(2026, 12)).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
    expect(monthBounds(2026, 1)).toEqual({ from: '2025-12-31T16:00:00.000Z', to: '2026-01-31T16:00:00.000Z' });
    expect(dayNoon('2026-01-01')).toBe('2026-01-01T04:00:00.000Z');
    expect(() => dayNoon('2026-13-01')).toThrow(RangeError);
  });

  it('writes Chinese date-times as the notifications and auction pages do', () => {
    expect(formatZhDateTime('2026-12-10T06:00:00Z')).toBe('2026/12/10 14:00');
    expect(formatZhDateTime('2026-12-01T04:00:09Z', { seconds: true })).toBe('2026/12/01 12:00:09');
    expect(formatZhDateTime('2026-12-01T04:00:00Z', { date: false, seconds: true })).toBe('12:00:00');
    // Midnight is 00:00 of the new day, never 24:00 of the old one.
    expect(formatZhDateTime('2026-12-09T16:00:00Z')).toBe('2026/12/10 00:00');
    expect(formatZhDay('2026-12-01T16:30:00Z')).toBe('2026/12/2');
  });

  it('refuses something that is not an instant', () => {
    expect(() => wallDate('not a date')).toThrow(RangeError);
  });
});

describe('another zone, with daylight saving (Europe/Berlin)', () => {
  it('follows the offset through the year: +1 h in winter, +2 h in summer', () => {
    expect(utcOffsetMinutes('2026-01-15T12:00:00Z', BERLIN)).toBe(60);
    expect(utcOffsetMinutes('2026-07-15T12:00:00Z', BERLIN)).toBe(120);
    expect(wallInputToIso('2026-03-28T12:00', BERLIN)).toBe('2026-03-28T11:00:00.000Z');
    expect(wallInputToIso('2026-03-29T12:00', BERLIN)).toBe('2026-03-29T10:00:00.000Z');
    expect(wallInput('2026-03-29T10:00:00Z', BERLIN)).toBe('2026-03-29T12:00');
  });

  it('reads the spring-forward gap as the time after the change, and the autumn repeat as its first occurrence', () => {
    // 29 March 2026: 02:00 CET jumps to 03:00 CEST (at 01:00 UTC); 02:30 never shows.
    expect(wallInputToIso('2026-03-29T02:30', BERLIN)).toBe('2026-03-29T01:30:00.000Z');
    expect(wallInput('2026-03-29T01:30:00Z', BERLIN)).toBe('2026-03-29T03:30');
    // 25 October 2026: 03:00 CEST falls back to 02:00 CET (at 01:00 UTC); 02:30 shows twice.
    expect(wallClock('2026-10-25T00:30:00Z', BERLIN)).toBe('02:30');
    expect(wallClock('2026-10-25T01:30:00Z', BERLIN)).toBe('02:30');
    expect(wallInputToIso('2026-10-25T02:30', BERLIN)).toBe('2026-10-25T00:30:00.000Z');
    expect(wallInputToIso('2026-10-25T03:30', BERLIN)).toBe('2026-10-25T02:30:00.000Z');
  });

  it('bounds a month that changes its offset, and keeps noon at noon', () => {
    expect(monthBounds(2026, 3, BERLIN)).toEqual({ from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' });
    expect(dayNoon('2026-07-01', BERLIN)).toBe('2026-07-01T10:00:00.000Z');
    expect(dayNoon('2026-12-01', BERLIN)).toBe('2026-12-01T11:00:00.000Z');
  });

  it('round-trips every hour across both changes', () => {
    for (let t = Date.parse('2026-03-28T00:00:00Z'); t < Date.parse('2026-03-30T00:00:00Z'); t += 3_600_000) {
      expect(wallInputToIso(wallInput(t, BERLIN), BERLIN)).toBe(new Date(t).toISOString());
    }
    // In autumn the repeated hour reads back as its first occurrence; every other hour round-trips.
    for (let t = Date.parse('2026-10-24T00:00:00Z'); t < Date.parse('2026-10-26T00:00:00Z'); t += 3_600_000) {
      const back = wallInputToIso(wallInput(t, BERLIN), BERLIN);
      expect(back === new Date(t).toISOString() || t === Date.parse('2026-10-25T01:00:00Z')).toBe(true);
    }
  });

  it('handles zones west of UTC and half-hour offsets', () => {
    expect(wallDateTime('2026-01-01T03:00:00Z', 'America/New_York')).toBe('2025-12-31 22:00');
    expect(currentYear('2026-01-01T03:00:00Z', 'America/New_York')).toBe(2025);
    expect(wallInputToIso('2026-01-01T05:30', 'Asia/Kolkata')).toBe('2026-01-01T00:00:00.000Z');
  });

  it('writes the offset as people read it beside a time', () => {
    expect(formatUtcOffset('2026-07-01T00:00:00Z')).toBe('UTC+8');
    expect(formatUtcOffset('2026-01-15T12:00:00Z', BERLIN)).toBe('UTC+1');
    expect(formatUtcOffset('2026-07-15T12:00:00Z', BERLIN)).toBe('UTC+2');
    expect(formatUtcOffset('2026-01-01T00:00:00Z', 'Asia/Kolkata')).toBe('UTC+5:30');
    expect(formatUtcOffset('2026-01-01T00:00:00Z', 'America/New_York')).toBe('UTC-5');
  });
});

describe('the configured zone', () => {
  afterEach(() => setMarketTimeZone(DEFAULT_TIME_ZONE));

  it('accepts IANA names only', () => {
    for (const zone of ['Asia/Shanghai', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'UTC', 'Etc/GMT-8']) expect([zone, isTimeZone(zone)]).toEqual([zone, true]);
    for (const zone of ['Mars/Olympus_Mons', '+08:00', 'UTC+8', '', 'Asia/Shanghai;', 42]) expect([zone, isTimeZone(zone)]).toEqual([zone, false]);
  });

  it('moves every function to the configured zone, and refuses an unknown one', () => {
    setMarketTimeZone(BERLIN);
    expect(marketTimeZone()).toBe(BERLIN);
    expect(wallInputToIso('2026-07-01T12:00')).toBe('2026-07-01T10:00:00.000Z');
    expect(currentYear(new Date('2025-12-31T23:30:00Z'))).toBe(2026);
    expect(zoneName()).toEqual({ zh: 'Europe/Berlin 时间', en: 'Europe/Berlin time' });
    expect(() => setMarketTimeZone('Mars/Olympus_Mons')).toThrow(/Mars\/Olympus_Mons is not an IANA time zone/);
    expect(marketTimeZone()).toBe(BERLIN);
  });

  it('names the default zone as people in the city do', () => {
    expect(zoneName()).toEqual({ zh: '北京时间', en: 'Beijing time' });
  });
});

describe('independence from the runtime’s own zone', () => {
  /**
   * Runs the library in a fresh Node process whose own zone is `tz` (a running process cannot
   * change its zone reliably), and answers what it computed plus the process's local hour at
   * 2026-01-01T00:00Z, which shows that the zone really differed.
   */
  const answersIn = (tz: string): { localHour: number; answers: unknown[] } => {
    const script = `
      const t = require(${JSON.stringify(join(__dirname, '..', 'index.ts'))});
      process.stdout.write(JSON.stringify({
        localHour: new Date('2026-01-01T00:00:00Z').getHours(),
        answers: [
          t.wallDateTime('2026-12-10T06:00:00Z'),
          t.wallInputToIso('2026-12-10T14:00'),
          t.today(new Date('2026-03-10T16:30:00Z')),
          t.currentYear(new Date('2025-12-31T16:00:00Z')),
          t.monthBounds(2026, 3, 'Europe/Berlin'),
          t.wallInputToIso('2026-03-29T02:30', 'Europe/Berlin'),
          t.wallTimeToInstant({ year: 2026, month: 12, day: 1, hour: 9 }).toISOString(),
        ],
      }));`;
    // the workspace's path aliases (@market/contracts names the zones) through tools/tsconfig.json, as tools/run-ts.sh runs tools
    const out = execFileSync(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', '-e', script], {
      cwd: join(__dirname, '../../../../..'),
      env: { ...process.env, TZ: tz, TS_NODE_PROJECT: 'tools/tsconfig.json', TS_NODE_COMPILER_OPTIONS: JSON.stringify({ module: 'commonjs' }) },
      encoding: 'utf8',
    });
    return JSON.parse(out) as { localHour: number; answers: unknown[] };
  };

  it('answers the same in Los Angeles and on Kiritimati (UTC+14) as the Shanghai clock says', () => {
    const losAngeles = answersIn('America/Los_Angeles');
    const kiritimati = answersIn('Pacific/Kiritimati');
    expect([losAngeles.localHour, kiritimati.localHour]).toEqual([16, 14]);
    expect(losAngeles.answers).toEqual(kiritimati.answers);
    expect(kiritimati.answers).toEqual([
      '2026-12-10 14:00',
      '2026-12-10T06:00:00.000Z',
      '2026-03-11',
      2026,
      { from: '2026-02-28T23:00:00.000Z', to: '2026-03-31T22:00:00.000Z' },
      '2026-03-29T01:30:00.000Z',
      '2026-12-01T01:00:00.000Z',
    ]);
  }, 30_000);
});

describe('date pickers in the market zone, wherever the browser is', () => {
  it('hands the picker a Date whose local clock reads Beijing time, and reads its answer back as Beijing time', () => {
    const shown = pickerDate('2026-12-10T06:00:00Z');
    expect([shown.getFullYear(), shown.getMonth() + 1, shown.getDate(), shown.getHours(), shown.getMinutes()]).toEqual([2026, 12, 10, 14, 0]);
    expect(pickerDateToIso(shown)).toBe('2026-12-10T06:00:00.000Z');
    expect(pickerDateToIso(new Date(2027, 0, 1, 0, 30))).toBe('2026-12-31T16:30:00.000Z');
  });

  it('reads an empty or invalid picker as null', () => {
    expect(pickerDateToIso(null)).toBeNull();
    expect(pickerDateToIso(new Date('nope'))).toBeNull();
  });
});
