import { AbstractControl } from '@angular/forms';
import { LISTING_ACTION_FROM, LISTING_STATUS_LABELS } from '@market/contracts';
import { Localized } from '@market/web/ui';

/** The statuses an owner may edit in, named from the shared rule: 「草稿」或「已驳回」. */
const editableIn = (lang: 'zh' | 'en', quote: (label: string) => string, or: string) =>
  LISTING_ACTION_FROM.edit.map((status) => quote(LISTING_STATUS_LABELS[status][lang])).join(or);

export const FORM_TEXT = {
  saveDraft: { zh: '保存草稿', en: 'Save draft' },
  saveAndSubmit: { zh: '保存并提交审核', en: 'Save and submit for review' },
  cancel: { zh: '取消', en: 'Cancel' },
  saved: { zh: '草稿已保存', en: 'Draft saved' },
  submitted: { zh: '已提交审核，科技局审核通过后公开', en: 'Submitted; it goes public once the bureau approves it' },
  fixErrors: { zh: '请先修正标红的内容', en: 'Please fix the fields marked in red' },
  notEditable: {
    zh: `只有${editableIn('zh', (l) => `「${l}」`, '或')}状态的条目可以修改。`,
    en: `Only listings in ${editableIn('en', (l) => l.toLowerCase(), ' or ')} status can be edited.`,
  },
  loadFailed: { zh: '无法加载该条目。', en: 'Could not load this listing.' },
  optional: { zh: '（选填）', en: '(optional)' },
  tagsHint: { zh: '输入后按回车添加，可添加多个', en: 'Press Enter after each entry' },
  choose: { zh: '请选择', en: 'Choose' },
  region: { zh: '所在地区', en: 'Region' },
  field: { zh: '行业领域', en: 'Field' },
  keywords: { zh: '关键词', en: 'Keywords' },
  title: { zh: '标题', en: 'Title' },
  rejectedBecause: { zh: '上次审核未通过：', en: 'Last review said: ' },
} satisfies Record<string, Localized>;

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
