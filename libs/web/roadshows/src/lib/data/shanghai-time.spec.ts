import { isoToLocalInput, localInputToIso, monthGrid, monthRange, shanghaiSpan } from './shanghai-time';

describe('Shanghai time', () => {
  it('reads and writes the staff form’s Beijing time as UTC', () => {
    expect(localInputToIso('2026-12-10T14:00')).toBe('2026-12-10T06:00:00.000Z');
    expect(localInputToIso('2026-12-01T03:30')).toBe('2026-11-30T19:30:00.000Z');
    expect(localInputToIso('')).toBeNull();
    expect(isoToLocalInput('2026-11-30T19:30:00.000Z')).toBe('2026-12-01T03:30');
  });

  it('shows a span on one day once, across days twice', () => {
    expect(shanghaiSpan('2026-12-10T06:00:00Z', '2026-12-10T08:00:00Z')).toBe('2026-12-10 14:00 – 16:00');
    expect(shanghaiSpan('2026-12-10T15:00:00Z', '2026-12-10T17:00:00Z')).toBe('2026-12-10 23:00 – 2026-12-11 01:00');
  });

  it('lays a month out in weeks starting on Monday', () => {
    const weeks = monthGrid(2026, 12); // 1 December 2026 is a Tuesday
    expect(weeks[0].map((c) => c.day)).toEqual([null, 1, 2, 3, 4, 5, 6]);
    expect(weeks.flat().filter((c) => c.day !== null)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0][1].date).toBe('2026-12-01');
  });

  it('bounds a Shanghai month in UTC', () => {
    expect(monthRange(2026, 12)).toEqual({ from: '2026-11-30T16:00:00.000Z', to: '2026-12-31T16:00:00.000Z' });
  });
});
