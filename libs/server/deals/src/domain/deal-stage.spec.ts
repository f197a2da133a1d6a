import { DEAL_STAGES, type DealStage } from '@market/contracts';
import { allowedNext, canMove, planAdvance } from './deal-stage';

const now = new Date('2026-03-01T02:00:00Z');

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
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'signed', amount: 1, contract: { type: 'license' } }, now)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'signed', amount: 5 }, { stage: 'negotiating' }, now)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'intent' }, now)).toMatchObject({ ok: false, kind: 'conflict' });
    expect(planAdvance({ stage: 'registered', amount: 5 }, { stage: 'terminated' }, now)).toMatchObject({ ok: false, kind: 'conflict' });
  });

  it('terminating needs a reason', () => {
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'terminated' }, now)).toMatchObject({ ok: false, kind: 'invalid', field: 'note' });
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'terminated', note: '   ' }, now)).toMatchObject({ ok: false, kind: 'invalid', field: 'note' });
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'terminated', note: '买方预算取消' }, now)).toEqual({ ok: true, patch: {} });
  });

  it('signing needs an amount (sent or already known) and a contract type', () => {
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'signed', contract: { type: 'license' } }, now)).toMatchObject({ ok: false, kind: 'invalid', field: 'amount' });
    expect(planAdvance({ stage: 'negotiating', amount: null }, { stage: 'signed', amount: 800_000 }, now)).toMatchObject({ ok: false, kind: 'invalid', field: 'contract.type' });
    expect(planAdvance({ stage: 'negotiating', amount: 1_200_000 }, { stage: 'signed', contract: { type: 'transfer', number: 'HT-1' } }, now)).toEqual({
      ok: true,
      patch: { amount: 1_200_000, contractType: 'transfer', contractNumber: 'HT-1', signedAt: now },
    });
    const signedAt = '2026-02-27T08:00:00.000Z';
    const plan = planAdvance({ stage: 'negotiating', amount: null }, { stage: 'signed', amount: 900_000, contract: { type: 'development', signedAt } }, now);
    expect(plan).toEqual({ ok: true, patch: { amount: 900_000, contractType: 'development', contractNumber: null, signedAt: new Date(signedAt) } });
  });

  it('registering needs the registration number and date', () => {
    expect(planAdvance({ stage: 'signed', amount: 5 }, { stage: 'registered' }, now)).toMatchObject({ ok: false, kind: 'invalid', field: 'registration' });
    const registeredAt = '2026-03-02T01:00:00.000Z';
    expect(planAdvance({ stage: 'signed', amount: 5 }, { stage: 'registered', registration: { number: '3303002026000001', registeredAt } }, now)).toEqual({
      ok: true,
      patch: { registrationNumber: '3303002026000001', registeredAt: new Date(registeredAt) },
    });
  });

  it('refuses facts that belong to another stage instead of dropping them', () => {
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'negotiating', contract: { type: 'license' } }, now)).toMatchObject({ ok: false, field: 'contract' });
    expect(planAdvance({ stage: 'negotiating', amount: 5 }, { stage: 'signed', amount: 5, contract: { type: 'license' }, registration: { number: 'x', registeredAt: now.toISOString() } }, now)).toMatchObject({
      ok: false,
      field: 'registration',
    });
    expect(planAdvance({ stage: 'signed', amount: 5 }, { stage: 'registered', amount: 7, registration: { number: 'x', registeredAt: now.toISOString() } }, now)).toMatchObject({ ok: false, field: 'amount' });
    expect(planAdvance({ stage: 'intent', amount: null }, { stage: 'negotiating', amount: 600_000 }, now)).toEqual({ ok: true, patch: { amount: 600_000 } });
  });
});
