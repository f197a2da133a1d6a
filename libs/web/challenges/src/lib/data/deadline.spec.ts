import { deadlineLeft } from './deadline';

const now = Date.parse('2026-12-03T08:00:00.000Z');
const at = (ms: number) => new Date(now + ms).toISOString();

describe('deadlineLeft', () => {
  it('counts days, then hours, then minutes, and says when it closed', () => {
    expect(deadlineLeft(at(12 * 86_400_000 + 5_000), now, 'zh')).toEqual({ text: '剩 12 天', urgent: false, closed: false });
    expect(deadlineLeft(at(2 * 86_400_000), now, 'zh')).toMatchObject({ text: '剩 2 天', urgent: true });
    expect(deadlineLeft(at(5 * 3600_000 + 10), now, 'zh')).toMatchObject({ text: '剩 5 小时', urgent: true });
    expect(deadlineLeft(at(90_000), now, 'zh')).toMatchObject({ text: '剩 2 分钟' });
    expect(deadlineLeft(at(1_000), now, 'zh')).toMatchObject({ text: '剩 1 分钟' });
    expect(deadlineLeft(at(0), now, 'zh')).toEqual({ text: '已截止', urgent: false, closed: true });
    expect(deadlineLeft(at(-60_000), now, 'en')).toMatchObject({ text: 'Closed', closed: true });
  });

  it('speaks English', () => {
    expect(deadlineLeft(at(86_400_000), now, 'en').text).toBe('1 day left');
    expect(deadlineLeft(at(3 * 86_400_000), now, 'en').text).toBe('3 days left');
    expect(deadlineLeft(at(3 * 3600_000), now, 'en').text).toBe('3 h left');
  });
});
