import type { AbstractControl, ValidatorFn } from '@angular/forms';
import { fieldName } from '@market/contracts';
import type { FieldProblem, LanguageService } from '@market/web/ui';

/** Field errors of the challenge forms; `field` is the field's name, as the tip says it. */
const ERRORS = {
  required: 'challenges.form.errors.required',
  choose: 'challenges.form.errors.choose',
  min: 'challenges.form.errors.min',
  max: 'challenges.form.errors.max',
  minLength: 'challenges.form.errors.minLength',
  maxLength: 'challenges.form.errors.maxLength',
  integer: 'challenges.form.errors.integer',
  future: 'challenges.form.errors.future',
  server: 'challenges.form.errors.server',
} satisfies Record<string, string>;

/** Integer yuan (or percent): the API takes no fractions. */
export const integer: ValidatorFn = (c) => (c.value === null || Number.isInteger(c.value) ? null : { integer: true });

/**
 * The error under a field of the challenge and application forms, naming it: 请填写悬赏金额 /
 * Bounty is required; a server's validation answer (`{server: problem}`) in the reader's language.
 */
export function fieldTip(language: LanguageService, control: AbstractControl, label: string, missing: 'required' | 'choose' = 'required'): string {
  const errors = control.errors;
  if (!errors) return '';
  const field = language.t(label, { n: '' }).trim();
  const server = errors['server'] as FieldProblem | undefined;
  if (server) {
    const lang = language.lang();
    return language.t(ERRORS.server, { label: fieldName(server.field, lang) ?? field, problem: lang === 'en' ? server.problemEn : server.problem });
  }
  if (errors['required']) return language.t(ERRORS[missing], { field });
  if (errors['minlength']) return language.t(ERRORS.minLength, { field, min: (errors['minlength'] as { requiredLength: number }).requiredLength });
  if (errors['maxlength']) return language.t(ERRORS.maxLength, { field, max: (errors['maxlength'] as { requiredLength: number }).requiredLength });
  if (errors['min']) return language.t(ERRORS.min, { field, min: (errors['min'] as { min: number }).min });
  if (errors['max']) return language.t(ERRORS.max, { field, max: (errors['max'] as { max: number }).max });
  if (errors['integer']) return language.t(ERRORS.integer, { field });
  if (errors['future']) return language.t(ERRORS.future, { field });
  return '';
}
