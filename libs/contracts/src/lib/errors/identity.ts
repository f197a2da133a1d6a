import { defineErrors } from './define';

/** Signing in and access to routes. */
export const AUTH_ERRORS = defineErrors('AUTH', {
  BAD_CREDENTIALS: { status: 401, zh: '邮箱或密码错误', en: 'Wrong e-mail or password' },
  TOKEN_REQUIRED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  TOKEN_REVOKED: { status: 401, zh: '登录已失效，请重新登录', en: 'This sign-in is no longer valid, please sign in again' },
  USER_GONE: { status: 401, zh: '该账号已不存在', en: 'This account no longer exists' },
  REMOVED: { status: 401, zh: '该账号已被移出所在单位，请联系单位管理员', en: 'This account was removed from its organization; ask its admin' },
  ROLE_NOT_ALLOWED: { status: 403, zh: '只有{roles}可以执行此操作', en: 'Only {rolesEn} may do this' },
  TOO_MANY_FAILED_LOGINS: { status: 429, zh: '登录失败次数过多，请稍后再试', en: 'Too many failed sign-ins, please try again later' },
});

/** Organizations, members, invitations and verification. */
export const IDENTITY_ERRORS = defineErrors('IDENTITY', {
  BAD_EMAIL: { status: 400, zh: 'email：邮箱格式不正确', en: 'email: not a valid e-mail address' },
  WEAK_PASSWORD: { status: 400, zh: 'password：{reason}', en: 'password: {reasonEn}' },
  BAD_INVITATION: { status: 400, zh: 'invitationCode：{reason}', en: 'invitationCode: {reasonEn}' },
  ORGANIZATION_OR_INVITATION: { status: 400, zh: '请选择新建单位（organization）或使用邀请码（invitationCode）加入，二者选一', en: 'Send exactly one of organization (create one) and invitationCode (join one)' },
  BUREAU_NOT_SELF_SERVICE: { status: 400, zh: 'organization.kind：科技局账号不能自行注册', en: 'organization.kind: bureau accounts are not self-registered' },
  CREDIT_CODE_REQUIRED: { status: 400, zh: 'organization.creditCode：企业须填写统一社会信用代码', en: 'organization.creditCode: an enterprise needs its unified social credit code' },
  ROLE_KIND_MISMATCH: { status: 400, zh: 'role：身份与单位类型不符（{role}须属于{kinds}）', en: 'role: {roleEn} accounts must belong to an organization of kind {kindsEn}' },
  UNKNOWN_REGION: { status: 400, zh: 'organization.region：须为本市地区之一：{regions}', en: 'organization.region must be one of: {regions}' },
  REASON_REQUIRED: { status: 400, zh: 'comment：驳回认证须填写原因', en: 'comment: a rejection needs a reason' },
  NOT_ADMIN: { status: 403, zh: '只有本单位管理员可以执行此操作', en: "Only the organization's admin may do this" },
  ORGANIZATION_NOT_FOUND: { status: 404, zh: '单位不存在', en: 'Organization not found' },
  MEMBER_NOT_FOUND: { status: 404, zh: '该成员不存在', en: 'Member not found' },
  INVITATION_NOT_FOUND: { status: 404, zh: '邀请码不存在', en: 'Invitation not found' },
  EMAIL_TAKEN: { status: 409, zh: '该邮箱已注册', en: 'This e-mail is already registered' },
  ORGANIZATION_EXISTS: { status: 409, zh: '该单位已在平台注册：请向本单位管理员索取邀请码，使用 invitationCode 加入', en: 'This organization is already registered: join it with an invitation code (invitationCode) from its admin' },
  CREDIT_CODE_TAKEN: { status: 409, zh: '该统一社会信用代码已被其他单位使用', en: 'This credit code belongs to another organization' },
  REMOVE_SELF: { status: 409, zh: '管理员不能移除自己，请先将管理员身份移交给其他成员', en: 'An admin cannot remove themself; hand the admin role on first' },
  BUREAU: { status: 409, zh: '科技局无需认证', en: 'The bureau needs no verification' },
  ALREADY_DECIDED: { status: 409, zh: '该单位已{decision}', en: 'This organization was already {decisionEn}' },
});
