import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The password rule at sign-up (NIST SP 800-63B §5.1.1.2, OWASP ASVS 2.1): at least 8 characters,
 * no composition rules, and not a password attackers try first. "Common" is zxcvbn-ts's
 * maintained list of the ~49,000 most used passwords, plus a few that Chinese users favour and
 * that list lacks; a password that is the e-mail's name, one repeated character, or only spaces
 * is refused too.
 */
const CHINESE_FAVOURITES = ['woaini1314', 'woaini520', '5201314520', '1314520520', 'aini1314', 'wodemima', 'zhangwei123', 'wangwei123', 'abc123456', 'qq123456', 'a123456789', '1qaz2wsx3edc'];

let common: Set<string> | null = null;
const commonPasswords = (): Set<string> => (common ??= new Set([...(dictionary['passwords-common'] as string[]), ...CHINESE_FAVOURITES]));

/** Why a password is refused, in Chinese and in English. */
export interface PasswordProblem {
  zh: string;
  en: string;
}

/** What is wrong with a new password, or null. */
export function passwordProblem(password: string, context: { email?: string } = {}): PasswordProblem | null {
  const lower = password.toLowerCase();
  if (password.trim().length === 0) return { zh: '密码不能全为空格', en: 'the password is only spaces' };
  if (new Set(password).size === 1) return { zh: '密码不能由同一个字符重复组成', en: 'the password repeats one character' };
  if (commonPasswords().has(lower) || commonPasswords().has(lower.trim())) return { zh: '该密码过于常见，容易被猜中，请换一个', en: 'this password is among the most common ones; choose another' };
  const name = context.email?.split('@')[0]?.toLowerCase();
  if (name && name.length >= 4 && lower === name) return { zh: '密码不能与邮箱名相同', en: 'the password is the name of the e-mail address' };
  return null;
}
