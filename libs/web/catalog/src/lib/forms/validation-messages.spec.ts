import { validationMessage } from './validation-messages';

const TITLE = { zh: '标题', en: 'Title' };
const FIELD = { zh: '行业领域', en: 'Field' };

describe('validation messages', () => {
  it('asks to fill or to choose', () => {
    expect(validationMessage({ required: true }, TITLE, 'zh')).toBe('请填写标题');
    expect(validationMessage({ required: true }, FIELD, 'zh', true)).toBe('请选择行业领域');
    expect(validationMessage({ required: true }, FIELD, 'en', true)).toBe('Choose the field');
  });

  it('names the length limits', () => {
    expect(validationMessage({ minlength: { requiredLength: 10, actualLength: 3 } }, { zh: '成果简介', en: 'Summary' }, 'zh')).toBe(
      '成果简介至少需要 10 个字',
    );
    expect(validationMessage({ maxlength: { requiredLength: 100, actualLength: 120 } }, TITLE, 'zh')).toBe('标题最多 100 个字');
    expect(validationMessage({ tooMany: { max: 20 } }, { zh: '关键词', en: 'Keywords' }, 'zh')).toBe('关键词最多 20 个');
    expect(validationMessage({ tagTooLong: { max: 30, value: 'x' } }, { zh: '关键词', en: 'Keywords' }, 'zh')).toBe('每个关键词不超过 30 个字');
    expect(validationMessage({ max: { max: 100_000_000, actual: 100_000_001 } }, { zh: '报价', en: 'Price' }, 'zh')).toBe('不能大于 100000000');
    expect(validationMessage({ max: { max: 100_000_000, actual: 100_000_001 } }, { zh: '报价', en: 'Price' }, 'en')).toBe('At most 100000000');
  });

  it('explains patent, date, budget and price errors', () => {
    expect(validationMessage({ patentNumber: true }, { zh: '专利号', en: 'Number' }, 'zh')).toContain('CN202310123456.6');
    expect(validationMessage({ duplicatePatent: 'CN117151122A' }, { zh: '专利', en: 'Patents' }, 'zh')).toBe('专利 CN117151122A 重复填写了');
    expect(validationMessage({ pastDate: true }, { zh: '截止日期', en: 'Deadline' }, 'zh')).toBe('截止日期必须晚于今天');
    expect(validationMessage({ budgetRange: true }, { zh: '预算', en: 'Budget' }, 'zh')).toBe('最低预算不能高于最高预算');
    expect(validationMessage({ priceRequired: true }, { zh: '报价', en: 'Price' }, 'zh')).toBe('请填写报价，或勾选“面议”');
  });

  it('says nothing when there is no error', () => {
    expect(validationMessage(null, TITLE, 'zh')).toBeNull();
  });
});
