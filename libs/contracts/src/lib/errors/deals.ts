import { defineErrors } from './define';

/** Deals, contracts, confirmation and registration, brokers. */
export const DEALS_ERRORS = defineErrors('DEALS', {
  MISSING_FACTS: { status: 400, zh: '{field}：{problem}', en: '{field}: {problemEn}' },
  SAME_PARTY: { status: 400, zh: 'buyerOrganizationId：买方不能是成果方本身', en: 'buyerOrganizationId must differ from the seller' },
  NEED_NOT_BUYERS: { status: 400, zh: 'needId：需求不属于买方单位', en: 'needId must be a need of the buyer organization' },
  NOT_A_BROKER: { status: 400, zh: 'brokerId：指定的用户不是技术经纪人', en: 'brokerId must name a technology broker' },
  BROKER_BY_STAFF: { status: 403, zh: '只有科技局可以指定其他经纪人', en: 'Only staff may name another broker' },
  NOT_BROKER: { status: 403, zh: '只有该交易的经纪人或科技局可以推进交易', en: "Only the deal's broker or staff may move it" },
  NOT_A_PARTY: { status: 403, zh: '只有交易双方的成员可以确认合同', en: 'Only members of either party may confirm the contract' },
  REGISTER_BY_STAFF: { status: 403, zh: '技术合同由科技局登记，经纪人不能登记', en: 'Only staff register a contract' },
  NOT_FOUND: { status: 404, zh: '交易不存在或无权查看', en: 'Deal not found' },
  ACHIEVEMENT_NOT_FOUND: { status: 404, zh: '成果不存在', en: 'Achievement not found' },
  NEED_NOT_FOUND: { status: 404, zh: '需求不存在', en: 'Need not found' },
  BUYER_NOT_FOUND: { status: 404, zh: '买方单位不存在', en: 'Buyer organization not found' },
  BROKER_NOT_FOUND: { status: 404, zh: '技术经纪人不存在', en: 'Broker not found' },
  ACHIEVEMENT_NOT_PUBLISHED: { status: 409, zh: '只能为已发布的成果建立交易', en: 'Deals open only on published achievements' },
  ALREADY_OPEN: { status: 409, zh: '该成果与该买方已有进行中的交易', en: 'An open deal for this achievement and buyer exists' },
  ORG_NOT_VERIFIED: { status: 409, zh: '交易双方须为已通过机构认证的单位', en: 'Both parties must be verified organizations' },
  STAGE_CONFLICT: { status: 409, zh: '当前阶段「{from}」不能变更为「{to}」，可变更为：{allowed}', en: 'A deal at "{fromEn}" cannot move to "{toEn}"; allowed: {allowedEn}' },
  NOT_CONFIRMABLE: { status: 409, zh: '{problem}', en: '{problemEn}' },
  NOT_CONFIRMED: { status: 409, zh: '{problem}', en: '{problemEn}' },
  NOT_REGISTERED: { status: 409, zh: '该合同尚未登记', en: 'This contract is not registered' },
  REGISTRATION_NUMBER_TAKEN: { status: 409, zh: '该登记编号已被另一份合同使用', en: 'The registration number is already in use' },
});

/** The statistics board. */
export const STATS_ERRORS = defineErrors('STATS', {
  BAD_YEAR: { status: 400, zh: 'year：年份须在 2000 至 2100 之间', en: 'year must be between 2000 and 2100' },
});
