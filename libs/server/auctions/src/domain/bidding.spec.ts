import { auctionStatus, bidHash, dueAction, endAfterBid, lotResult, minimumBid, rejectBid, verifyChain, type ChainedBid } from './bidding';

const at = (iso: string) => new Date(iso);

describe('minimumBid', () => {
  it('asks for the starting price first, then the current price plus the increment', () => {
    expect(minimumBid({ startingPrice: 100_000, increment: 5_000, currentPrice: null })).toBe(100_000);
    expect(minimumBid({ startingPrice: 100_000, increment: 5_000, currentPrice: 120_000 })).toBe(125_000);
  });
});

describe('rejectBid', () => {
  const open = { status: 'open' as const, endsAt: at('2026-12-01T10:00:00Z'), startingPrice: 100, increment: 10, currentPrice: 150, leader: 'reg-a' };
  const now = at('2026-12-01T09:00:00Z');

  it('accepts a bid at exactly the minimum', () => {
    expect(rejectBid(open, 160, now, 'reg-b')).toBeNull();
  });
  it('names the lowest acceptable amount when too low', () => {
    expect(rejectBid(open, 159, now, 'reg-b')).toEqual({ reason: 'too_low', minimum: 160 });
  });
  it('refuses the leader, whatever its amount', () => {
    expect(rejectBid(open, 1_000, now, 'reg-a')).toEqual({ reason: 'leading' });
    expect(rejectBid({ ...open, currentPrice: null, leader: null }, 100, now, 'reg-a')).toBeNull();
  });
  it('refuses lots that are not open, and at or after the end', () => {
    expect(rejectBid({ ...open, status: 'scheduled' }, 500, now, 'reg-b')).toEqual({ reason: 'not_open' });
    expect(rejectBid({ ...open, status: 'closed' }, 500, now, 'reg-b')).toEqual({ reason: 'not_open' });
    expect(rejectBid(open, 500, at('2026-12-01T10:00:00Z'), 'reg-b')).toEqual({ reason: 'ended' });
  });
});

describe('endAfterBid', () => {
  const end = at('2026-12-01T10:00:00Z');
  it('moves the end to bid time + window inside the window', () => {
    expect(endAfterBid(end, at('2026-12-01T09:59:50Z'), 300).toISOString()).toBe('2026-12-01T10:04:50.000Z');
  });
  it('leaves the end alone before the window', () => {
    expect(endAfterBid(end, at('2026-12-01T09:54:59Z'), 300)).toBe(end);
  });
  it('never extends with a zero window', () => {
    expect(endAfterBid(end, at('2026-12-01T09:59:59Z'), 0)).toBe(end);
  });
});

describe('lotResult', () => {
  it('is sold when the reserve is reached or absent, unsold otherwise or without bids', () => {
    expect(lotResult({ bidCount: 3, currentPrice: 200, reservePrice: 200 })).toBe('sold');
    expect(lotResult({ bidCount: 1, currentPrice: 100, reservePrice: null })).toBe('sold');
    expect(lotResult({ bidCount: 3, currentPrice: 199, reservePrice: 200 })).toBe('unsold');
    expect(lotResult({ bidCount: 0, currentPrice: null, reservePrice: null })).toBe('unsold');
  });
});

describe('auctionStatus and dueAction', () => {
  const starts = at('2026-12-01T09:00:00Z');
  it('follows the lots', () => {
    expect(auctionStatus(starts, [{ status: 'scheduled' }], at('2026-12-01T08:00:00Z'))).toBe('scheduled');
    expect(auctionStatus(starts, [{ status: 'open' }, { status: 'closed' }], at('2026-12-01T09:30:00Z'))).toBe('live');
    expect(auctionStatus(starts, [{ status: 'closed' }, { status: 'closed' }], at('2026-12-01T09:30:00Z'))).toBe('finished');
    // an auction without lots is not finished: nothing was sold or left unsold
    expect(auctionStatus(starts, [], at('2026-12-01T08:00:00Z'))).toBe('scheduled');
    expect(auctionStatus(starts, [], at('2026-12-01T09:30:00Z'))).toBe('live');
  });
  it('opens at the start, closes at the end (also a lot that never opened), leaves closed lots', () => {
    const lot = { startsAt: starts, endsAt: at('2026-12-01T10:00:00Z') };
    expect(dueAction({ ...lot, status: 'scheduled' }, at('2026-12-01T08:59:59Z'))).toBeNull();
    expect(dueAction({ ...lot, status: 'scheduled' }, starts)).toBe('open');
    expect(dueAction({ ...lot, status: 'open' }, at('2026-12-01T09:30:00Z'))).toBeNull();
    expect(dueAction({ ...lot, status: 'open' }, at('2026-12-01T10:00:00Z'))).toBe('close');
    expect(dueAction({ ...lot, status: 'scheduled' }, at('2026-12-01T11:00:00Z'))).toBe('close');
    expect(dueAction({ ...lot, status: 'closed' }, at('2026-12-01T11:00:00Z'))).toBeNull();
  });
});

describe('bid log chain', () => {
  const lotId = '7f1c1d4e-1111-4222-8333-444455556666';
  const chain = (): ChainedBid[] => {
    const out: ChainedBid[] = [];
    let prev: string | null = null;
    for (const [i, amount] of [100, 110, 130].entries()) {
      const bid = { seq: i + 1, amount, paddleNumber: 1 + (i % 2), placedAt: `2026-12-01T09:00:0${i}.123Z` };
      const hash = bidHash(prev, lotId, bid);
      out.push({ ...bid, prevHash: prev, hash });
      prev = hash;
    }
    return out;
  };

  it('hashes the documented string', () => {
    // sha256("|<lot>|1|100|1|2026-12-01T09:00:00.123Z"), the same text the SQL statement builds
    expect(bidHash(null, lotId, { seq: 1, amount: 100, paddleNumber: 1, placedAt: '2026-12-01T09:00:00.123Z' })).toMatch(/^[0-9a-f]{64}$/);
    expect(bidHash(null, lotId, { seq: 1, amount: 100, paddleNumber: 1, placedAt: '2026-12-01T09:00:00.123Z' })).not.toBe(
      bidHash(null, lotId, { seq: 1, amount: 101, paddleNumber: 1, placedAt: '2026-12-01T09:00:00.123Z' }),
    );
  });

  it('verifies an intact log in any order', () => {
    expect(verifyChain(lotId, chain().reverse())).toMatchObject({ valid: true, count: 3, headHash: chain()[2].hash });
  });

  it('finds an edited amount, a removed bid and a forged hash', () => {
    const edited = chain();
    edited[1] = { ...edited[1], amount: 115 };
    expect(verifyChain(lotId, edited)).toMatchObject({ valid: false, brokenAtSeq: 2 });
    const removed = chain().filter((b) => b.seq !== 2);
    expect(verifyChain(lotId, removed)).toMatchObject({ valid: false, brokenAtSeq: 3 });
    const forged = chain();
    forged[2] = { ...forged[2], hash: 'f'.repeat(64) };
    expect(verifyChain(lotId, forged)).toMatchObject({ valid: false, brokenAtSeq: 3 });
  });
});
