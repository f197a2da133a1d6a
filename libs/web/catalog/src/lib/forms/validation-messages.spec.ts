import type { Lang } from '@market/web/ui';
import en from '../../../i18n/en.json';
import zh from '../../../i18n/zh.json';
import { Translator, validationMessage } from './validation-messages';

type Tree = { [key: string]: string | Tree };
const FILES: Record<Lang, Tree> = { zh, en };

/** The catalog's translation files as LanguageService reads them: `catalog.a.b`, {{params}} filled in. */
const language = (lang: Lang): Translator => ({
  lang: () => lang,
  t: (key, params = {}) => {
    const text = key
      .replace(/^catalog\./, '')
      .split('.')
      .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), FILES[lang]);
    if (typeof text !== 'string') throw new Error(`no text for ${key}`);
    return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(params[name]));
  },
});
const ZH = language('zh');
const EN = language('en');

const TITLE = 'catalog.form.title';
const FIELD = 'catalog.form.field';
const KEYWORDS = 'catalog.form.keywords';
const PRICE = 'catalog.achievementForm.askingPrice';

describe('validation messages', () => {
  it('asks to fill or to choose', () => {
    expect(validationMessage({ required: true }, TITLE, ZH)).toBe('请填写标题');
    expect(validationMessage({ required: true }, FIELD, ZH, true)).toBe('请选择行业领域');
    expect(validationMessage({ required: true }, FIELD, EN, true)).toBe('Choose the field');
  });

  it('names the field mid-sentence in English', () => {
    expect(validationMessage({ required: true }, TITLE, EN)).toBe('Enter the title');
    expect(validationMessage({ minlength: { requiredLength: 10, actualLength: 3 } }, 'catalog.achievementForm.summary', EN)).toBe(
      'The summary needs at least 10 characters',
    );
    expect(validationMessage({ tooMany: { max: 20 } }, KEYWORDS, EN)).toBe('At most 20 entries for the keywords');
    expect(validationMessage({ duplicatePatent: 'CN117151122A' }, 'catalog.achievementForm.patents', EN)).toBe('Patent CN117151122A is listed twice');
  });

  it('names the length limits', () => {
    expect(validationMessage({ minlength: { requiredLength: 10, actualLength: 3 } }, 'catalog.achievementForm.summary', ZH)).toBe(
      '成果简介至少需要 10 个字',
    );
    expect(validationMessage({ maxlength: { requiredLength: 100, actualLength: 120 } }, TITLE, ZH)).toBe('标题最多 100 个字');
    expect(validationMessage({ tooMany: { max: 20 } }, KEYWORDS, ZH)).toBe('关键词最多 20 个');
    expect(validationMessage({ tagTooLong: { max: 30, value: 'x' } }, KEYWORDS, ZH)).toBe('每个关键词不超过 30 个字');
    expect(validationMessage({ max: { max: 100_000_000, actual: 100_000_001 } }, PRICE, ZH)).toBe('不能大于 100000000');
    expect(validationMessage({ max: { max: 100_000_000, actual: 100_000_001 } }, PRICE, EN)).toBe('At most 100000000');
  });

  it('explains patent, date, budget and price errors', () => {
    expect(validationMessage({ patentNumber: true }, 'catalog.achievementForm.patentNumber', ZH)).toContain('CN202310123456.6');
    expect(validationMessage({ duplicatePatent: 'CN117151122A' }, 'catalog.achievementForm.patents', ZH)).toBe('专利 CN117151122A 重复填写了');
    expect(validationMessage({ pastDate: true }, 'catalog.needForm.deadline', ZH)).toBe('截止日期必须晚于今天');
    expect(validationMessage({ budgetRange: true }, 'catalog.needForm.budget', ZH)).toBe('最低预算不能高于最高预算');
    expect(validationMessage({ priceRequired: true }, PRICE, ZH)).toBe('请填写报价，或勾选“面议”');
  });

  it('says nothing when there is no error', () => {
    expect(validationMessage(null, TITLE, ZH)).toBeNull();
  });
});
