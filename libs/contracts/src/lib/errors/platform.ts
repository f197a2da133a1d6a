import { defineErrors } from './define';

/** What any route may answer, whatever the context. */
export const PLATFORM_ERRORS = defineErrors('PLATFORM', {
  VALIDATION: { status: 400, zh: '{label}（{field}）{problem}', en: '{labelEn} ({field}) {problemEn}' },
  INVALID_INPUT: { status: 400, zh: '{field}：请求内容含有不允许的字符或超出限制', en: '{field}: the request holds characters or sizes that are not allowed' },
  BAD_JSON: { status: 400, zh: '请求内容不是有效的 JSON', en: 'The request body is not valid JSON' },
  BODY_TOO_LARGE: { status: 413, zh: '请求内容过大', en: 'The request body is too large' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests, please try again shortly' },
  BUSY: { status: 503, zh: '系统繁忙，请稍后重试', en: 'The platform is busy, please try again shortly' },
});

export const SEARCH_ERRORS = defineErrors('SEARCH', {
  UNAVAILABLE: { status: 503, zh: '搜索服务暂时不可用，请稍后再试', en: 'Search is temporarily unavailable, please try again shortly' },
});

export const NOTIFICATION_ERRORS = defineErrors('NOTIFICATION', {
  NOT_FOUND: { status: 404, zh: '通知不存在', en: 'Notification not found' },
});

export const MATCHING_ERRORS = defineErrors('MATCHING', {
  NOT_ALLOWED: { status: 403, zh: '只有发布单位、技术经纪人和科技局可以查看匹配结果', en: 'Only the publishing organization, brokers and staff may see matches' },
  WORKBENCH_TOO_OFTEN: { status: 429, zh: '撮合工作台刷新过于频繁，请稍后再试', en: 'The workbench was refreshed too often, please try again shortly' },
});
