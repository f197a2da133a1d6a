import { AbstractControl } from '@angular/forms';
import { LISTING_ACTION_FROM, LISTING_STATUS_LABELS } from '@market/contracts';
import { LanguageService } from '@market/web/ui';
import { COMMON } from '../shared/api-errors';

/** Translation keys both listing forms use. */
export const FORM_TEXT = {
  saveDraft: 'catalog.form.saveDraft',
  saveAndSubmit: 'catalog.form.saveAndSubmit',
  cancel: COMMON.cancel,
  saved: 'catalog.form.saved',
  submitted: 'catalog.form.submitted',
  fixErrors: 'catalog.form.fixErrors',
  notEditable: 'catalog.form.notEditable',
  statusQuoted: 'catalog.form.statusQuoted',
  either: 'catalog.form.either',
  optional: 'catalog.form.optional',
  tagsHint: 'catalog.form.tagsHint',
  choose: 'catalog.form.choose',
  region: 'catalog.form.region',
  field: 'catalog.form.field',
  keywords: 'catalog.form.keywords',
  title: 'catalog.form.title',
  /** 上次审核未通过：{{comment}}. */
  rejectedBecause: 'catalog.form.rejectedBecause',
} satisfies Record<string, string>;

/**
 * 只有「草稿」或「已驳回」状态的条目可以修改。: the statuses an owner may edit in, named from the
 * shared rule (LISTING_ACTION_FROM.edit) with their shared labels. Inside a computed it follows
 * the language switch.
 */
export function notEditableText(language: LanguageService): string {
  const statuses = LISTING_ACTION_FROM.edit.map((status) =>
    language.t(FORM_TEXT.statusQuoted, { status: language.text(LISTING_STATUS_LABELS[status]) }),
  );
  const named = statuses.reduce((a, b) => language.t(FORM_TEXT.either, { a, b }));
  return language.t(FORM_TEXT.notEditable, { statuses: named });
}

export const TAG_SEPARATORS = [',', '，', '、', ';', '；'];

/** Scrolls the first field marked invalid into view, so a long form does not fail silently. */
export function scrollToFirstError(host: HTMLElement): void {
  setTimeout(() => {
    const first = host.querySelector('.ant-input-status-error, .ant-select-status-error, .ant-input-number-status-error, .field-error, .group-error');
    first?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  });
}

export function shouldShow(control: AbstractControl, submitted: boolean): boolean {
  return control.invalid && (control.touched || control.dirty || submitted);
}
