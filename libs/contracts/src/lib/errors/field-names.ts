import { keysOf, text, type Localized } from '../i18n';

/**
 * The names users know request fields by, for validation messages: "保证金（lots.1.deposit）不能小于 0"
 * instead of "lots.1.deposit must not be less than 0". Keyed by the property name (the last
 * segment of a field path) in the translation files' `fieldNames`; a field missing there is named
 * by its path alone.
 */
export const FIELD_NAMES: Readonly<Record<string, Localized>> = Object.fromEntries(keysOf('fieldNames').map((k) => [k, text('fieldNames', k)]));

/** The name of a field path's last named segment (`lots.1.deposit` → 保证金), or undefined. */
export function fieldName(path: string, lang: 'zh' | 'en'): string | undefined {
  const segment = path.split('.').reverse().find((s) => !/^\d+$/.test(s));
  return segment ? FIELD_NAMES[segment]?.[lang] : undefined;
}
