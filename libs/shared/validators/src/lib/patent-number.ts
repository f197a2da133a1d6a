/**
 * Chinese patent numbers as CNIPA writes them: an application number
 * (`CN202310123456.7`, 12 digits + check character) or a publication number (`CN117151122A`).
 */
const APPLICATION_WEIGHTS = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];

export function applicationNumberCheckCharacter(twelveDigits: string): string | null {
  if (!/^\d{12}$/.test(twelveDigits)) return null;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(twelveDigits[i]) * APPLICATION_WEIGHTS[i];
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

export type PatentNumberKind = 'application' | 'publication';

export function classifyPatentNumber(raw: string): PatentNumberKind | null {
  const value = raw.trim().toUpperCase();
  const application = /^(?:CN)?(\d{12})\.([\dX])$/.exec(value);
  if (application) {
    return applicationNumberCheckCharacter(application[1]) === application[2] ? 'application' : null;
  }
  if (/^CN\d{9}[ABUS]\d?$/.test(value)) return 'publication';
  return null;
}

export function isValidPatentNumber(raw: string): boolean {
  return classifyPatentNumber(raw) !== null;
}
