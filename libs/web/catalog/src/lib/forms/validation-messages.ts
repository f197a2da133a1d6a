import { ValidationErrors } from '@angular/forms';
import { Lang } from '@market/web/ui';

interface Limit {
  requiredLength?: number;
  min?: number;
  max?: number;
}

/** What the messages need of LanguageService: its translations and the current language. */
export interface Translator {
  t(key: string, params?: Record<string, unknown>): string;
  lang(): Lang;
}

/** Translation keys of the messages (libs/web/catalog/i18n); {{name}} is the field's label. */
const V = {
  enter: 'catalog.validation.enter',
  choose: 'catalog.validation.choose',
  minLength: 'catalog.validation.minLength',
  maxLength: 'catalog.validation.maxLength',
  min: 'catalog.validation.min',
  max: 'catalog.validation.max',
  tooMany: 'catalog.validation.tooMany',
  tagTooLong: 'catalog.validation.tagTooLong',
  patentNumber: 'catalog.validation.patentNumber',
  duplicatePatent: 'catalog.validation.duplicatePatent',
  pastDate: 'catalog.validation.pastDate',
  date: 'catalog.validation.date',
  budgetRange: 'catalog.validation.budgetRange',
  priceRequired: 'catalog.validation.priceRequired',
  invalid: 'catalog.validation.invalid',
} satisfies Record<string, string>;

/**
 * The message shown under a field for its first error, in the reader's language. `label` is the
 * translation key of the field's name ("标题"); `choose` says the field is picked rather than
 * typed (请选择 vs 请填写). Inside a computed or a template it follows the language switch.
 */
export function validationMessage(errors: ValidationErrors | null, label: string, language: Translator, choose = false): string | null {
  if (!errors) return null;
  const t = language.t.bind(language);
  // English names the field mid-sentence ("Enter the title"); Chinese as it is.
  const text = t(label);
  const name = language.lang() === 'en' ? text.toLowerCase() : text;
  if (errors['required']) return t(choose ? V.choose : V.enter, { name });
  const minlength = errors['minlength'] as Limit | undefined;
  if (minlength) return t(V.minLength, { name, n: minlength.requiredLength });
  const maxlength = errors['maxlength'] as Limit | undefined;
  if (maxlength) return t(V.maxLength, { name, n: maxlength.requiredLength });
  const min = errors['min'] as Limit | undefined;
  if (min) return t(V.min, { n: min.min });
  const max = errors['max'] as Limit | undefined;
  if (max) return t(V.max, { n: max.max });
  const tooMany = errors['tooMany'] as Limit | undefined;
  if (tooMany) return t(V.tooMany, { name, n: tooMany.max });
  const tagTooLong = errors['tagTooLong'] as Limit | undefined;
  if (tagTooLong) return t(V.tagTooLong, { name, n: tagTooLong.max });
  if (errors['patentNumber']) return t(V.patentNumber);
  if (errors['duplicatePatent']) return t(V.duplicatePatent, { number: String(errors['duplicatePatent']) });
  if (errors['pastDate']) return t(V.pastDate, { name });
  if (errors['date']) return t(V.date);
  if (errors['budgetRange']) return t(V.budgetRange);
  if (errors['priceRequired']) return t(V.priceRequired);
  return t(V.invalid, { name });
}
