import { formatAmount, shanghaiDay, shanghaiNoon, shanghaiYear, toYi, wanToYuan } from './money';

describe('deal money and dates', () => {
  it('shows the board in 亿元 with two decimals', () => {
    expect(toYi(33_022_000_000)).toBe(330.22);
    expect(toYi(456_789)).toBe(0);
    expect(toYi(123_456_789)).toBe(1.23);
  });

  it('formats amounts for both languages', () => {
    expect(formatAmount(880_000, 'zh')).toBe('¥88万');
    expect(formatAmount(135_000_000, 'zh')).toBe('¥1.35亿');
    expect(formatAmount(880_000, 'en')).toBe('¥880K');
    expect(formatAmount(null, 'zh')).toBe('待定');
  });

  it('turns 万元 into integer yuan', () => {
    expect(wanToYuan(45.6789)).toBe(456_789);
    expect(wanToYuan(null)).toBeNull();
  });

  it('reads and writes days on the Shanghai calendar', () => {
    expect(shanghaiDay('2025-12-31T16:30:00Z')).toBe('2026-01-01');
    expect(shanghaiNoon('2026-01-01')).toBe('2026-01-01T04:00:00.000Z');
    expect(shanghaiYear(new Date('2025-12-31T16:00:00Z'))).toBe(2026);
  });
});
