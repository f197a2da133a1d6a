import { factsInChinese } from './history-wording';

describe('factsInChinese', () => {
  it('says how a deal opened', () => {
    expect(factsInChinese('stage', null, true)).toBe('建立交易意向');
    expect(factsInChinese('stage', { viaAuction: true }, true)).toBe('竞价成交');
  });

  it('names the registration number of a registration and nothing for a plain move', () => {
    expect(factsInChinese('stage', { registrationNumber: '2026330300000001' }, false)).toBe('登记编号 2026330300000001');
    expect(factsInChinese('stage', null, false)).toBe('');
  });

  it('words an amendment from its facts, with the cleared confirmations', () => {
    const facts = { previous: { amount: 100000, contractType: null }, amount: 120000, contractType: 'transfer' as const, confirmationsCleared: true };
    expect(factsInChinese('amended', facts, false)).toBe('合同信息变更：金额 ¥100000 → ¥120000，类型 — → 技术转让；双方需重新确认');
  });

  it('words a confirmation by side, and a revocation by number', () => {
    expect(factsInChinese('confirmed', { side: 'buyer', amount: 5000, contractType: 'service' }, false)).toBe('买方确认合同：金额 ¥5000，技术服务');
    expect(factsInChinese('registration_revoked', { registrationNumber: 'N1' }, false)).toBe('撤销登记（登记编号 N1）');
  });
});
