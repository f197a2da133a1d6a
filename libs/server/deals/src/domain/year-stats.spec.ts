import { DEFAULT_TIME_ZONE, setMarketTimeZone } from '@market/shared/time';
import { completionRate, marketYear, twelveMonths } from './year-stats';

describe('year statistics rules', () => {
  it('computes the completion rate the bureau reports (330.22 of 240 亿元 → 137.59 %)', () => {
    expect(completionRate(33_022_000_000, 24_000_000_000)).toBe(137.59);
    expect(completionRate(0, 24_000_000_000)).toBe(0);
    expect(completionRate(52_860_000, 80_000_000)).toBe(66.08); // 66.075 rounds half up
    expect(completionRate(1, null)).toBeNull();
    expect(completionRate(1, 0)).toBeNull();
  });

  it('takes the year from the market calendar (Asia/Shanghai by default)', () => {
    expect(marketYear(new Date('2025-12-31T15:59:59Z'))).toBe(2025);
    expect(marketYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });

  it('takes the year from the configured zone when another city runs the market', () => {
    setMarketTimeZone('Europe/Berlin');
    try {
      expect(marketYear(new Date('2025-12-31T16:00:00Z'))).toBe(2025);
      expect(marketYear(new Date('2025-12-31T23:00:00Z'))).toBe(2026);
    } finally {
      setMarketTimeZone(DEFAULT_TIME_ZONE);
    }
  });

  it('always answers twelve months in order', () => {
    const months = twelveMonths([{ month: 3, total: 10, contracts: 1 }]);
    expect(months).toHaveLength(12);
    expect(months[0]).toEqual({ month: 1, total: 0, contracts: 0 });
    expect(months[2]).toEqual({ month: 3, total: 10, contracts: 1 });
  });
});
