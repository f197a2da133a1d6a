import { marketYear } from './year-stats';
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
  /** Registering: the number entered by staff; absent when the platform issues the next one. */
  registrationNumber?: string;
  registeredAt?: Date;
  /** A change of amount or contract type voids both parties' confirmations (三方确认). */
  clearConfirmations?: true;
}

/** What the stage machine needs to know of a deal. */
export interface DealFacts {
  stage: DealStage;
  amount: number | null;
  contractType?: ContractType | null;
  contractNumber?: string | null;
  signedAt?: Date | null;
  confirmed?: { seller: boolean; buyer: boolean };
}

export type PlanFailure = { ok: false; kind: 'conflict' | 'invalid'; code?: 'NOT_CONFIRMED'; field?: string; message: string };
export type AdvancePlan = { ok: true; patch: StagePatch; amended?: true } | PlanFailure;

const fail = (kind: 'conflict' | 'invalid', message: string, field?: string): PlanFailure => ({ ok: false, kind, field, message });

/**
 * Decides a stage change from the deal's facts and the request: 409 for a move the machine does
 * not allow, 400 when the target stage's required facts are missing or implausible, or when facts
 * are sent that belong to another stage (so that nothing a caller sends is silently dropped).
 *
 * `signed` → `signed` amends the recorded contract: its broker corrects a typo or a revoked
 * registration's amount. Only a change of amount or type voids the confirmations.
 */
export function planAdvance(current: DealFacts, req: AdvanceDealRequest, now: Date, areaCode: string): AdvancePlan {
  const amending = current.stage === 'signed' && req.stage === 'signed';
  if (!amending && !canMove(current.stage, req.stage)) {
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
    const signedAt = req.contract.signedAt ? new Date(req.contract.signedAt) : amending && current.signedAt ? current.signedAt : now;
    if (signedAt.getTime() > now.getTime()) return fail('invalid', 'signedAt must not be in the future (签约日期不能晚于今天)', 'contract.signedAt');
    patch.amount = amount;
    patch.contractType = req.contract.type;
    patch.contractNumber = req.contract.number ?? (amending ? (current.contractNumber ?? null) : null);
    patch.signedAt = signedAt;
    if (amending && (amount !== current.amount || req.contract.type !== current.contractType)) patch.clearConfirmations = true;
    if (amending) return { ok: true, patch, amended: true };
  }
  if (req.stage === 'registered') {
    if (!current.confirmed?.seller || !current.confirmed.buyer) {
      const missing = [!current.confirmed?.seller && '成果方', !current.confirmed?.buyer && '买方'].filter(Boolean).join('、');
      return { ok: false, kind: 'conflict', code: 'NOT_CONFIRMED', message: `合同尚待${missing}确认，不能登记 (both parties must confirm the contract first)` };
    }
    const registeredAt = req.registration?.registeredAt ? new Date(req.registration.registeredAt) : now;
    if (registeredAt.getTime() > now.getTime()) return fail('invalid', 'registeredAt must not be in the future (登记日期不能晚于现在)', 'registration.registeredAt');
    if (current.signedAt && registeredAt.getTime() < current.signedAt.getTime()) {
      return fail('invalid', 'registeredAt must not be before the contract was signed (登记日期不能早于签约日期)', 'registration.registeredAt');
    }
    if (req.registration?.number !== undefined) {
      const problem = registrationNumberProblem(req.registration.number, registeredAt, areaCode);
      if (problem) return fail('invalid', problem, 'registration.number');
      patch.registrationNumber = req.registration.number;
    }
    patch.registeredAt = registeredAt;
  }
  return { ok: true, patch };
}

/**
 * 技术合同登记编号: 16 digits, the registration's year (on the market's calendar, `TIME_ZONE`), the registry's 6-digit
 * area code, and a 6-digit serial from 000001. Returns what is wrong with a number, or null.
 */
export function registrationNumberProblem(number: string, registeredAt: Date, areaCode: string): string | null {
  if (!/^\d{16}$/.test(number)) return `登记编号应为16位数字：年份4位、地区代码${areaCode}、流水号6位 (16 digits: year, area code, serial)`;
  const year = marketYear(registeredAt);
  if (number.slice(0, 4) !== String(year)) return `登记编号的年份应为登记年份${year} (the number must begin with the registration year)`;
  if (number.slice(4, 10) !== areaCode) return `登记编号的地区代码应为${areaCode} (the number must carry this registry's area code)`;
  if (number.slice(10) === '000000') return '登记编号的流水号从000001开始 (the serial starts at 000001)';
  return null;
}

export function formatRegistrationNumber(year: number, areaCode: string, serial: number): string {
  return `${year}${areaCode}${String(serial).padStart(6, '0')}`;
}

/** The serial part of a valid registration number. */
export function registrationSerial(number: string): number {
  return Number(number.slice(10));
}

export type ConfirmPlan = { ok: true; side: 'seller' | 'buyer' } | { ok: false; kind: 'conflict' | 'forbidden'; message: string };

/**
 * Which side's confirmation a caller gives: a member of the seller or the buyer organization, at
 * `signed` only. `expected` is what the caller saw; if the contract changed since, they confirm
 * nothing, so nobody ever confirms an amount they were not shown.
 */
export function planConfirm(
  deal: { stage: DealStage; sellerOrganizationId: string; buyerOrganizationId: string; amount: number | null; contractType: ContractType | null },
  organizationId: string,
  expected: { amount?: number; type?: ContractType },
): ConfirmPlan {
  const side = organizationId === deal.sellerOrganizationId ? 'seller' : organizationId === deal.buyerOrganizationId ? 'buyer' : null;
  if (!side) return { ok: false, kind: 'forbidden', message: '只有成果方或买方单位的成员可以确认合同 (only members of either party confirm)' };
  if (deal.stage !== 'signed') return { ok: false, kind: 'conflict', message: '只有已签约、尚未登记的合同需要确认 (only a signed contract is confirmed)' };
  if ((expected.amount !== undefined && expected.amount !== deal.amount) || (expected.type !== undefined && expected.type !== deal.contractType)) {
    return { ok: false, kind: 'conflict', message: '合同金额或类型已变更，请刷新后重新确认 (the contract changed since you saw it)' };
  }
  return { ok: true, side };
}

/** Staff revoke a registration (registered or closed) with a reason; the deal returns to `signed`. */
export function planRevoke(stage: DealStage, reason: string | undefined): PlanFailure | null {
  if (!reason?.trim()) return fail('invalid', 'revoking a registration needs a reason (撤销登记需要填写原因)', 'reason');
  if (stage !== 'registered' && stage !== 'closed') return fail('conflict', `只有已登记的合同可以撤销登记 (stage ${stage} has no registration)`);
  return null;
}
