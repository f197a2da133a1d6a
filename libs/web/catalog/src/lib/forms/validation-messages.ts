import { ValidationErrors } from '@angular/forms';
import { Lang, Localized } from '@market/web/ui';

interface Limit {
  requiredLength?: number;
  min?: number;
  max?: number;
}

/**
 * The message shown under a field for its first error, in the reader's language. `label` names
 * the field ("标题"); `choose` says the field is picked rather than typed (请选择 vs 请填写).
 */
export function validationMessage(errors: ValidationErrors | null, label: Localized, lang: Lang, choose = false): string | null {
  if (!errors) return null;
  const name = label[lang];
  const zh = lang === 'zh';
  if (errors['required']) {
    if (zh) return `${choose ? '请选择' : '请填写'}${name}`;
    return `${choose ? 'Choose' : 'Enter'} the ${name.toLowerCase()}`;
  }
  const minlength = errors['minlength'] as Limit | undefined;
  if (minlength) return zh ? `${name}至少需要 ${minlength.requiredLength} 个字` : `At least ${minlength.requiredLength} characters`;
  const maxlength = errors['maxlength'] as Limit | undefined;
  if (maxlength) return zh ? `${name}最多 ${maxlength.requiredLength} 个字` : `At most ${maxlength.requiredLength} characters`;
  const min = errors['min'] as Limit | undefined;
  if (min) return zh ? `不能小于 ${min.min}` : `At least ${min.min}`;
  const max = errors['max'] as Limit | undefined;
  if (max) return zh ? `不能大于 ${max.max}` : `At most ${max.max}`;
  const tooMany = errors['tooMany'] as Limit | undefined;
  if (tooMany) return zh ? `${name}最多 ${tooMany.max} 个` : `At most ${tooMany.max} entries`;
  const tagTooLong = errors['tagTooLong'] as Limit | undefined;
  if (tagTooLong) return zh ? `每个${name}不超过 ${tagTooLong.max} 个字` : `Each entry at most ${tagTooLong.max} characters`;
  if (errors['patentNumber']) {
    return zh
      ? '专利号格式不正确或校验位有误，例如 CN202310123456.6 或 CN117151122A'
      : 'Not a valid patent number, e.g. CN202310123456.6 or CN117151122A';
  }
  if (errors['duplicatePatent']) {
    const number = String(errors['duplicatePatent']);
    return zh ? `专利 ${number} 重复填写了` : `Patent ${number} is listed twice`;
  }
  if (errors['pastDate']) return zh ? `${name}必须晚于今天` : 'Must be after today';
  if (errors['date']) return zh ? '日期格式不正确' : 'Not a valid date';
  if (errors['budgetRange']) return zh ? '最低预算不能高于最高预算' : 'The minimum cannot exceed the maximum';
  if (errors['priceRequired']) return zh ? '请填写报价，或勾选“面议”' : 'Enter a price or tick “negotiable”';
  return zh ? `${name}填写有误` : 'This value is not valid';
}
