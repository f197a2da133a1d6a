import { CONTRACT_TYPE_LABELS, type DealEvent, type DealHistoryFacts } from '@market/contracts';

const yuan = (amount: number | null | undefined) => (amount === null || amount === undefined ? '—' : `¥${amount}`);
const type = (t: DealHistoryFacts['contractType']) => (t ? CONTRACT_TYPE_LABELS[t].zh : '—');

/**
 * A history entry's facts in the platform's Chinese, for the `deal_stage` notification (the web
 * words the same facts in the reader's language from its translation files). Empty when an entry
 * has nothing to say beyond its stage.
 */
export function factsInChinese(event: DealEvent, facts: DealHistoryFacts | null, opened: boolean): string {
  const f = facts ?? {};
  switch (event) {
    case 'stage':
      if (opened) return f.viaAuction ? '竞价成交' : f.viaChallenge ? '揭榜成功' : '建立交易意向';
      return f.registrationNumber ? `登记编号 ${f.registrationNumber}` : '';
    case 'amended':
      return `合同信息变更：金额 ${yuan(f.previous?.amount)} → ${yuan(f.amount)}，类型 ${type(f.previous?.contractType)} → ${type(f.contractType)}${f.confirmationsCleared ? '；双方需重新确认' : ''}`;
    case 'confirmed':
      return `${f.side === 'buyer' ? '买方' : '成果方'}确认合同：金额 ${yuan(f.amount)}，${type(f.contractType)}`;
    case 'registration_revoked':
      return `撤销登记（登记编号 ${f.registrationNumber ?? '—'}）`;
  }
}
