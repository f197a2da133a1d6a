import type { AuctionRules } from '@market/contracts';

/**
 * 竞买须知: the rules every bidder accepts when registering, unless the auction brings its own.
 * Written for this market's timed online auctions (延时竞价, 保证金, 竞买号, 成交确认).
 */
export const STANDARD_TERMS = [
  '一、竞买人须为已通过机构认证的企业用户，以单位名义报名；拍品所属单位不得报名本场竞价。',
  '二、报名后须在保证金截止时间前，将不低于本场最高拍品保证金的款项汇入下列保证金账户，并在汇款附言中注明竞买号。科技局确认到账后，方可出价。',
  '三、每次出价不得低于当前价加加价幅度（首次出价不得低于起拍价）。出价一经提交即不可撤回；当前最高出价人不能再次加价。',
  '四、拍品结束前的延时周期内有人出价的，结束时间自动顺延一个延时周期。以平台服务器时间为准。',
  '五、拍品结束时最高出价达到保留价的即为成交，最高出价人为买受人；未达保留价的流拍。',
  '六、买受人须按平台通知签订技术合同并办理技术合同登记；无正当理由拒不签约的，保证金不予退还。',
  '七、未成交竞买人的保证金在本场结束后原路退还。',
].join('\n');

/** Deposits are due `deadlineHours` before the auction opens, but never before the moment it was set up. */
export function depositDeadline(startsAt: Date, deadlineHours: number, createdAt: Date): Date {
  const due = startsAt.getTime() - deadlineHours * 3600_000;
  return new Date(Math.max(due, createdAt.getTime()));
}

/** The deposit a bidder pays: one covers every lot of the auction, so the highest of them. */
export function requiredDeposit(lotDeposits: number[]): number {
  return lotDeposits.reduce((max, d) => Math.max(max, d), 0);
}

/** The rules shown on the auction page and accepted at registration. */
export function auctionRules(input: {
  terms: string | null;
  lotDeposits: number[];
  startsAt: Date;
  createdAt: Date;
  account: { name: string; bank: string; number: string; deadlineHours: number };
}): AuctionRules {
  return {
    terms: input.terms?.trim() ? input.terms : STANDARD_TERMS,
    deposit: {
      amount: requiredDeposit(input.lotDeposits),
      accountName: input.account.name,
      bank: input.account.bank,
      accountNumber: input.account.number,
      deadline: depositDeadline(input.startsAt, input.account.deadlineHours, input.createdAt).toISOString(),
    },
  };
}
