import { DEAL_STAGES, type DealStage } from '@market/contracts';
import { allowedNext, canMove, formatRegistrationNumber, planAdvance, planConfirm, planRevoke, registrationNumberProblem } from './deal-stage';

const now = new Date('2026-03-01T02:00:00Z');
const AREA = '330300';
const confirmed = { seller: true, buyer: true };

describe('deal stage machine', () => {
  it('walks intent → negotiating → signed → registered → closed and nothing else forward', () => {
    expect(allowedNext('intent')).toEqual(['negotiating', 'terminated']);
    expect(allowedNext('negotiating')).toEqual(['signed', 'terminated']);
    expect(allowedNext('signed')).toEqual(['registered', 'terminated']);
    expect(allowedNext('registered')).toEqual(['closed']);
    expect(allowedNext('closed')).toEqual([]);
    expect(allowedNext('terminated')).toEqual([]);
  });

  it('allows termination before registration only', () => {
    const before: DealStage[] = ['intent', 'negotiating', 'signed'];
    for (const s of DEAL_STAGES) expect(canMove(s, 'terminated')).toBe(before.includes(s));
  });

  it('refuses skipping, going back and staying put as conflicts', () => {
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'signed', amount: 1, contract: { type: 'license' } }, now, AREA)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'signed', amount: 5 }, { stage: 'negotiating' }, now, AREA)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'registered', amount: 5 }, { stage: 'signed', contract: { type: 'license' } }, now, AREA)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'intent' }, now, AREA)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'registered', amount: 5 }, { stage: 'terminated' }, now, AREA)).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('terminating needs a reason', () => {
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'terminated' }, now, AREA)).toMatchObject({ ok: false, kind: 'invalid', field: 'note' });
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'terminated', note: '   ' }, now, AREA)).toMatchObject({ ok: false, kind: 'invalid', field: 'note' });
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'terminated', note: '买方预算取消' }, now, AREA)).toEqual({ ok: true, patch: {} });
  });

  it('signing needs an amount (sent or already known) and a contract type', () => {
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'signed', contract: { type: 'license' } }, now, AREA)).toMatchObject({ ok: false, kind: 'invalid', field: 'amount' });
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'signed', amount: 800_000 }, now, AREA)).toMatchObject({ ok: false, kind: 'invalid', field: 'contract.type' });
    expect(planAdvance({ stage: 'negotiating', amount: 1_200_000 }, { stage: 'signed', contract: { type: 'transfer', number: 'HT-1' } }, now, AREA)).toEqual({
      ok: true,
      patch: { amount: 1_200_000, contractType: 'transfer', contractNumber: 'HT-1', signedAt: now },
    });
    const signedAt = '2026-02-27T08:00:00.000Z';
    const plan = planAdvance({ stage: 'negotiating', amount: null }, { stage: 'signed', amount: 900_000, contract: { type: 'development', signedAt } }, now, AREA);
    expect(plan).toEqual({ ok: true, patch: { amount: 900_000, contractType: 'development', contractNumber: null, signedAt: new Date(signedAt) } });
  });

  it('registering needs both confirmations, a plausible date and a well-formed number, or none (issued)', () => {
    const signedAt = new Date('2026-02-20T02:00:00Z');
    const signed = { stage: 'signed' as const, amount: 5, signedAt, confirmed };
    expect(planAdvance({ ...signed, confirmed: { seller: true, buyer: false } }, { stage: 'registered' }, now, AREA)).toMatchObject({ ok: false, kind: 'conflict', code: 'NOT_CONFIRMED', message: expect.stringContaining('买方') });
    expect(planAdvance({ ...signed, confirmed: undefined }, { stage: 'registered' }, now, AREA)).toMatchObject({ ok: false, code: 'NOT_CONFIRMED', message: expect.stringContaining('成果方、买方') });
    expect(planAdvance(signed, { stage: 'registered' }, now, AREA)).toEqual({ ok: true, patch: { registeredAt: now } });
    const registeredAt = '2026-02-28T01:00:00.000Z';
    expect(planAdvance(signed, { stage: 'registered', registration: { number: '2026330300000001', registeredAt } }, now, AREA)).toEqual({
      ok: true,
      patch: { registrationNumber: '2026330300000001', registeredAt: new Date(registeredAt) },
    });
    expect(planAdvance(signed, { stage: 'registered', registration: { registeredAt: '2026-02-19T00:00:00Z' } }, now, AREA)).toMatchObject({ ok: false, kind: 'invalid', field: 'registration.registeredAt' });
    expect(planAdvance(signed, { stage: 'registered', registration: { registeredAt: '2026-03-01T02:00:01Z' } }, now, AREA)).toMatchObject({ ok: false, kind: 'invalid', field: 'registration.registeredAt' });
    expect(planAdvance(signed, { stage: 'registered', registration: { number: '3303002026000001' } }, now, AREA)).toMatchObject({ ok: false, field: 'registration.number' });
  });

  it('checks the 16-digit registration number: year of registration, area code, serial from 000001', () => {
    const at = new Date('2026-12-31T16:30:00Z'); // already 2027 in Shanghai
    expect(registrationNumberProblem('2027330300000001', at, AREA)).toBeNull();
    expect(registrationNumberProblem('2026330300000001', at, AREA)).toContain('2027');
    expect(registrationNumberProblem('2027330400000001', at, AREA)).toContain('330300');
    expect(registrationNumberProblem('2027330300000000', at, AREA)).toContain('000001');
    for (const bad of ['', 'abc', '202733030000001', '20273303000000011', '2027 330300 00001', '２０２７３３０３００００００01']) expect(registrationNumberProblem(bad, at, AREA)).toContain('16位');
    expect(formatRegistrationNumber(2027, AREA, 42)).toBe('2027330300000042');
  });

  it('signing may not be dated in the future; amending keeps the date and clears confirmations only for a new amount or type', () => {
    expect(planAdvance({ stage: 'negotiating', amount: 5 }, { stage: 'signed', contract: { type: 'license', signedAt: '2026-03-02T00:00:00Z' } }, now, AREA)).toMatchObject({ ok: false, field: 'contract.signedAt' });
    const signedAt = new Date('2026-02-20T02:00:00Z');
    const signed = { stage: 'signed' as const, amount: 5, contractType: 'license' as const, contractNumber: 'HT-1', signedAt, confirmed };
    expect(planAdvance(signed, { stage: 'signed', contract: { type: 'license', number: 'HT-2' } }, now, AREA)).toEqual({
      ok: true,
      amended: true,
      patch: { amount: 5, contractType: 'license', contractNumber: 'HT-2', signedAt },
    });
    expect(planAdvance(signed, { stage: 'signed', amount: 6, contract: { type: 'license' } }, now, AREA)).toMatchObject({ ok: true, patch: { amount: 6, contractNumber: 'HT-1', clearConfirmations: true } });
    expect(planAdvance(signed, { stage: 'signed', contract: { type: 'transfer' } }, now, AREA)).toMatchObject({ ok: true, patch: { clearConfirmations: true } });
  });

  it('takes a confirmation from a party, at signed, for the contract the party saw', () => {
    const deal = { stage: 'signed' as const, sellerOrganizationId: 's', buyerOrganizationId: 'b', amount: 5, contractType: 'license' as const };
    expect(planConfirm(deal, 's', {})).toEqual({ ok: true, side: 'seller' });
    expect(planConfirm(deal, 'b', { amount: 5, type: 'license' })).toEqual({ ok: true, side: 'buyer' });
    expect(planConfirm(deal, 'x', {})).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(planConfirm({ ...deal, stage: 'registered' }, 'b', {})).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planConfirm(deal, 'b', { amount: 6 })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planConfirm(deal, 'b', { type: 'transfer' })).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('revokes a registration with a reason only', () => {
    expect(planRevoke('registered', '金额不实')).toBeNull();
    expect(planRevoke('closed', '金额不实')).toBeNull();
    expect(planRevoke('signed', '金额不实')).toMatchObject({ kind: 'conflict' });
    expect(planRevoke('registered', ' ')).toMatchObject({ kind: 'invalid', field: 'reason' });
  });

  it('refuses facts that belong to another stage instead of dropping them', () => {
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'negotiating', contract: { type: 'license' } }, now, AREA)).toMatchObject({ ok: false, field: 'contract' });
    expect(planAdvance({ stage: 'negotiating', amount: 5 }, { stage: 'signed', amount: 5, contract: { type: 'license' }, registration: { number: 'x', registeredAt: now.toISOString() } }, now, AREA)).toMatchObject({
      ok: false,
      field: 'registration',
    });
    expect(planAdvance({ stage: 'signed', amount: 5, confirmed }, { stage: 'registered', amount: 7, registration: { number: 'x', registeredAt: now.toISOString() } }, now, AREA)).toMatchObject({ ok: false, field: 'amount' });
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'negotiating', amount: 600_000 }, now, AREA)).toEqual({ ok: true, patch: { amount: 600_000 } });
  });
});
