import { DEAL_TRANSITIONS, type AdvanceDealRequest, type ContractType, type DealStage } from '@market/contracts';

/** The only moves a deal may make; everything else is a conflict with its current state. */
const NEXT = DEAL_TRANSITIONS;

export function allowedNext(stage: DealStage): readonly DealStage[] {
  return NEXT[stage];
}

export function canMove(from: DealStage, to: DealStage): boolean {
  return NEXT[from].includes(to);
}

/** What a stage change writes onto the deal besides the stage itself. */
export interface StagePatch {
  amount?: number;
  contractType?: ContractType;
  contractNumber?: string | null;
  signedAt?: Date;
  registrationNumber?: string;
  registeredAt?: Date;
}

export type AdvancePlan =
  | { ok: true; patch: StagePatch }
  | { ok: false; kind: 'conflict' | 'invalid'; field?: string; message: string };

const fail = (kind: 'conflict' | 'invalid', message: string, field?: string): AdvancePlan => ({ ok: false, kind, field, message });

/**
 * Decides a stage change from the deal's current stage and amount and the request: 409 for a move
 * the machine does not allow, 400 when the target stage's required facts are missing or when facts
 * are sent that belong to another stage (so that nothing a caller sends is silently dropped).
 */
export function planAdvance(current: { stage: DealStage; amount: number | null }, req: AdvanceDealRequest, now: Date): AdvancePlan {
  if (!canMove(current.stage, req.stage)) {
    const allowed = NEXT[current.stage];
    return fail('conflict', `stage ${current.stage} cannot move to ${req.stage}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`);
  }
  if (req.amount !== undefined && req.stage !== 'negotiating' && req.stage !== 'signed') {
    return fail('invalid', 'amount is only recorded when negotiating or signing (金额在洽谈或签约时填写)', 'amount');
  }
  if (req.contract !== undefined && req.stage !== 'signed') return fail('invalid', 'contract is only recorded when signing (合同信息在签约时填写)', 'contract');
  if (req.registration !== undefined && req.stage !== 'registered') {
    return fail('invalid', 'registration is only recorded when registering (登记信息在登记时填写)', 'registration');
  }
  if (req.stage === 'terminated' && !req.note?.trim()) return fail('invalid', 'terminating needs a reason (终止交易需要填写原因)', 'note');
  const patch: StagePatch = {};
  if (req.amount !== undefined) patch.amount = req.amount;
  if (req.stage === 'signed') {
    const amount = req.amount ?? current.amount;
    if (amount === null || amount === undefined) return fail('invalid', 'signing needs the contract amount (签约需要填写合同金额)', 'amount');
    if (!req.contract?.type) return fail('invalid', 'signing needs the contract type (签约需要选择合同类型)', 'contract.type');
    patch.amount = amount;
    patch.contractType = req.contract.type;
    patch.contractNumber = req.contract.number ?? null;
    patch.signedAt = req.contract.signedAt ? new Date(req.contract.signedAt) : now;
  }
  if (req.stage === 'registered') {
    if (!req.registration) return fail('invalid', 'registration needs the registration number and date (登记需要填写登记编号和登记日期)', 'registration');
    patch.registrationNumber = req.registration.number;
    patch.registeredAt = new Date(req.registration.registeredAt);
  }
  return { ok: true, patch };
}
