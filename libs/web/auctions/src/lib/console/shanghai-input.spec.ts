import { fromShanghaiInput, toShanghaiInput } from './shanghai-input';

describe('Beijing-time inputs', () => {
  it('round-trips through UTC', () => {
    expect(toShanghaiInput(new Date('2026-12-01T04:30:00.000Z'))).toBe('2026-12-01T12:30');
    expect(fromShanghaiInput('2026-12-01T12:30')).toBe('2026-12-01T04:30:00.000Z');
    expect(fromShanghaiInput('2026-12-01T00:15')).toBe('2026-11-30T16:15:00.000Z');
  });
  it('leaves something unreadable for the server to reject', () => {
    expect(fromShanghaiInput('tomorrow')).toBe('tomorrow');
  });
});
