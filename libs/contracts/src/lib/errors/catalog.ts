import { defineErrors } from './define';

/** Achievements and needs and their review flow. `{noun}` is 成果 or 需求 (achievement or need). */
export const CATALOG_ERRORS = defineErrors('CATALOG', {
  UNKNOWN_REGION: { status: 400, zh: 'region：须为本市地区之一：{regions}', en: 'region must be one of: {regions}' },
  BUDGET_RANGE: { status: 400, zh: 'budgetMin：预算下限不能高于上限', en: 'budgetMin must not be greater than budgetMax' },
  BAD_DEADLINE: { status: 400, zh: 'deadline：须为 ISO 8601 日期', en: 'deadline must be an ISO 8601 date' },
  DEADLINE_PAST: { status: 400, zh: 'deadline：截止日期必须晚于今天', en: 'deadline must be after today' },
  NOT_OWNER: { status: 403, zh: '只有发布单位{orStaff}可以{action}该{noun}', en: 'Only the publishing organization{orStaffEn} may {actionEn} this {nounEn}' },
  NOT_FOUND: { status: 404, zh: '{noun}不存在或未公开', en: 'This {nounEn} does not exist or is not public' },
  STATUS_CONFLICT: { status: 409, zh: '当前状态为「{status}」，不能{action}', en: 'The status "{statusEn}" does not allow {actionEn}' },
  HELD: { status: 409, zh: '{reason}', en: '{reasonEn}' },
  ORG_NOT_VERIFIED: { status: 409, zh: '发布单位尚未通过机构认证，不能发布该{noun}', en: 'The organization is not verified, so this {nounEn} cannot be published' },
});
