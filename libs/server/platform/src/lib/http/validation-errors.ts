import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { fieldName, formatError, PLATFORM_ERRORS } from '@market/contracts';

/** One refused field: its path, and what is wrong with it in both languages. */
export interface FieldProblem {
  field: string;
  problem: string;
  problemEn: string;
}

const HAN = /\p{Script=Han}/u;
const number = (message: string) => /(-?\d+(?:\.\d+)?)/.exec(message)?.[1] ?? '';
const afterColon = (message: string) => message.split(':').slice(1).join(':').trim();

/**
 * class-validator's constraint names → the Chinese wording. The English wording stays
 * class-validator's own message minus the field name it starts with. Numbers and value lists
 * come from that message (the decorators' arguments are not on the error).
 */
const ZH: Record<string, (message: string) => string> = {
  whitelistValidation: () => '是不允许的字段',
  isDefined: () => '不能为空',
  isNotEmpty: () => '不能为空',
  isString: () => '须为文本',
  isInt: () => '须为整数',
  isNumber: () => '须为数字',
  isPositive: () => '须为正数',
  isBoolean: () => '须为 true 或 false',
  isArray: () => '须为数组',
  isObject: () => '须为对象',
  nestedValidation: () => '须为对象',
  isUuid: () => '须为 UUID',
  isUUID: () => '须为 UUID',
  isEmail: () => '须为有效的邮箱地址',
  isUrl: () => '须为有效的网址',
  isIso8601: () => '须为 ISO 8601 时间',
  isISO8601: () => '须为 ISO 8601 时间',
  isDateString: () => '须为 ISO 8601 时间',
  isIn: (m) => `须为以下之一：${afterColon(m)}`,
  isEnum: (m) => `须为以下之一：${afterColon(m)}`,
  maxLength: (m) => `不能超过 ${number(m)} 个字符`,
  minLength: (m) => `至少 ${number(m)} 个字符`,
  min: (m) => `不能小于 ${number(m)}`,
  max: (m) => `不能大于 ${number(m)}`,
  arrayMaxSize: (m) => `最多 ${number(m)} 项`,
  arrayMinSize: (m) => `至少 ${number(m)} 项`,
  arrayUnique: () => '不能有重复项',
  matches: () => '格式不正确',
  equals: () => '取值不正确',
};

/** Every refused field of a validation failure, depth first, with its full path (`lots.1.deposit`). */
export function fieldProblems(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const e of errors) {
    const field = parent ? `${parent}.${e.property}` : e.property;
    for (const [key, message] of Object.entries(e.constraints ?? {})) {
      const english = message.replace(/^property /, '').startsWith(e.property) ? message.replace(/^property /, '').slice(e.property.length).trim() : message;
      // a decorator that already speaks Chinese (a custom message) keeps its words
      const zh = HAN.test(message) ? (/[（(]([^）)]*\p{Script=Han}[^）)]*)[）)]/u.exec(message)?.[1] ?? message) : (ZH[key]?.(message) ?? '取值不符合要求');
      out.push({ field, problem: zh, problemEn: english });
    }
    if (e.children?.length) out.push(...fieldProblems(e.children, field));
  }
  return out;
}

/**
 * The 400 of a failed validation: code PLATFORM.VALIDATION, `message` lists every problem in
 * Chinese with the field's name and path, `params` word the first one for clients in any
 * language, `fields` lists them all.
 */
export function validationException(errors: ValidationError[]): BadRequestException {
  const problems = fieldProblems(errors);
  const params = (p: FieldProblem) => ({
    field: p.field,
    label: fieldName(p.field, 'zh') ?? '',
    labelEn: fieldName(p.field, 'en') ?? '',
    problem: p.problem,
    problemEn: p.problemEn,
  });
  const entry = PLATFORM_ERRORS.VALIDATION;
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    code: entry.code,
    // a field without a known name is named by its path alone
    message: problems.map((p) => (fieldName(p.field, 'zh') ? formatError(entry, 'zh', params(p)) : `${p.field}：${p.problem}`)),
    params: problems[0] ? params(problems[0]) : undefined,
    fields: problems,
  });
}
