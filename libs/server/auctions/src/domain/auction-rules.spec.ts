import { auctionRules, depositDeadline, requiredDeposit, STANDARD_TERMS } from './auction-rules';

const account = { name: '保证金专户', bank: '温州银行', number: '6222 0000', deadlineHours: 24 };

describe('auction rules (竞买须知 and the deposit)', () => {
  it('asks for the highest deposit of the auction’s lots, one deposit covering them all', () => {
    expect(requiredDeposit([20_000, 50_000, 10_000])).toBe(50_000);
    expect(requiredDeposit([])).toBe(0);
  });

  it('makes deposits due the configured hours before the start, never before the auction was set up', () => {
    const startsAt = new Date('2026-12-10T02:00:00Z');
    expect(depositDeadline(startsAt, 24, new Date('2026-12-01T00:00:00Z')).toISOString()).toBe('2026-12-09T02:00:00.000Z');
    expect(depositDeadline(startsAt, 24, new Date('2026-12-09T12:00:00Z')).toISOString()).toBe('2026-12-09T12:00:00.000Z');
    expect(depositDeadline(startsAt, 0, new Date('2026-12-01T00:00:00Z')).toISOString()).toBe('2026-12-10T02:00:00.000Z');
  });

  it('uses the auction’s own terms when it has them, else the standard ones', () => {
    const base = { lotDeposits: [30_000], startsAt: new Date('2026-12-10T02:00:00Z'), createdAt: new Date('2026-12-01T00:00:00Z'), account };
    expect(auctionRules({ ...base, terms: null })).toEqual({
      terms: STANDARD_TERMS,
      deposit: { amount: 30_000, accountName: '保证金专户', bank: '温州银行', accountNumber: '6222 0000', deadline: '2026-12-09T02:00:00.000Z' },
    });
    expect(auctionRules({ ...base, terms: '  ' }).terms).toBe(STANDARD_TERMS);
    expect(auctionRules({ ...base, terms: '本场专用须知' }).terms).toBe('本场专用须知');
  });
});
