/** The two languages the market speaks; Chinese is the default for a city bureau's users. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * A piece of text in both languages. Texts live next to the component that shows them, so a
 * missing translation is a type error rather than a silently blank label. The shape matches
 * ROLE_LABELS and ORGANIZATION_KIND_LABELS in @market/contracts.
 */
export interface Localized {
  zh: string;
  en: string;
}
