import { daysInMonth, isDay, monthGrid, nextDay, parseDay } from './calendar';

describe('calendar days', () => {
  it('finds the next day across month, leap-year and year ends', () => {
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2028-02-28')).toBe('2028-02-29');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
    expect(() => nextDay('next week')).toThrow(RangeError);
  });

  it('knows which days exist', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 12)).toBe(31);
    expect(parseDay('2026-03-11')).toEqual({ year: 2026, month: 3, day: 11 });
    expect(parseDay('2026-02-30')).toBeNull();
    expect(isDay('2027-06-30')).toBe(true);
    expect(isDay('2027-06-30T00:00:00Z')).toBe(false);
  });

  it('lays a month out in weeks starting on Monday', () => {
    const weeks = monthGrid(2026, 12); // 1 December 2026 is a Tuesday
    expect(weeks[0].map((c) => c.day)).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(weeks.flat().filter((c) => c.day !== null)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][1].date).toBe('2026-12-01');
    // February 2027 starts on a Monday and fills exactly four weeks.
    expect(monthGrid(2027, 2)).toHaveLength(4);
    expect(monthGrid(2027, 2)[0][0]).toEqual({ date: '2027-02-01', day: 1 });
  });
});
