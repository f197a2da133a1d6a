import { quickBid, clockSkewMs, formatCountdown, isNewer, remainingMs } from './auction-format';

describe('auction formatting', () => {
  it('counts down by the server clock, whatever the browser clock says', () => {
    // the browser runs 90 s fast: it received serverTime 12:00:00 at its own 12:01:30
    const skew = clockSkewMs('2026-12-01T04:00:00.000Z', Date.parse('2026-12-01T04:01:30.000Z'));
    expect(skew).toBe(90_000);
    expect(remainingMs('2026-12-01T04:00:10.000Z', Date.parse('2026-12-01T04:01:30.000Z'), skew)).toBe(10_000);
    expect(remainingMs('2026-12-01T04:00:10.000Z', Date.parse('2026-12-01T04:02:00.000Z'), skew)).toBe(0);
  });

  it('formats the countdown', () => {
    expect(formatCountdown(9_500, 'zh')).toBe('00:10');
    expect(formatCountdown(3_725_000, 'zh')).toBe('01:02:05');
    expect(formatCountdown(2 * 86_400_000 + 5_000, 'zh')).toBe('2天 00:00:05');
    expect(formatCountdown(2 * 86_400_000 + 5_000, 'en')).toBe('2d 00:00:05');
  });

  it('keeps the newest lot state when updates arrive out of order', () => {
    const at = (bidCount: number, status = 'open') => ({ bidCount, status, endsAt: '2026-12-01T04:00:00.000Z' });
    expect(isNewer(at(3), at(2))).toBe(true);
    expect(isNewer(at(2), at(3))).toBe(false);
    expect(isNewer(at(3, 'closed'), at(3))).toBe(true);
    expect(isNewer(at(3), at(3, 'closed'))).toBe(false);
    expect(isNewer(at(0), null)).toBe(true);
  });
});

describe('quickBid', () => {
  it('is the lowest acceptable bid for one step, one increment more for each further step', () => {
    const lot = { nextMinimumBid: 110_000, increment: 10_000 };
    expect([1, 2, 5].map((n) => quickBid(lot, n))).toEqual([110_000, 120_000, 150_000]);
    // before the first bid the lowest acceptable bid is the starting price
    expect(quickBid({ nextMinimumBid: 100_000, increment: 5_000 }, 5)).toBe(120_000);
  });

  it('is nothing once the lot takes no bids', () => {
    expect(quickBid({ nextMinimumBid: null, increment: 10_000 }, 2)).toBeNull();
  });
});
