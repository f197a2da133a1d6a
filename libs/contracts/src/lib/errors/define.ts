import { text } from '../i18n';

/**
 * Error catalogues: every error code the API answers with, written once with its HTTP status; the
 * message users read in each language is in the translation files. The server throws entries of
 * these catalogues (the status decides the answer, the Chinese text is the body's `message`); the
 * web shows the message for the body's `code` in the user's language, so nobody reads a server
 * sentence in the wrong one.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 503;

export interface ErrorText {
  readonly status: ErrorStatus;
  /** Chinese message; `{name}` marks a parameter filled from the error body's `params`. */
  readonly zh: string;
  /** The same message in English, with the same parameters. */
  readonly en: string;
}

/** Parameters of a message: ids, amounts, field paths, labels. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface ErrorEntry extends ErrorText {
  /** `CONTEXT.NAME`, stable: clients and tests tell errors apart by it. */
  readonly code: string;
}

/**
 * One context's catalogue: `defineErrors('DEALS', { NOT_FOUND: { status: 404 } })` →
 * `DEALS_ERRORS.NOT_FOUND.code === 'DEALS.NOT_FOUND'`, its messages from the translation files
 * (`errors.DEALS.NOT_FOUND` in libs/contracts/i18n); a message missing in a language fails at start-up.
 */
export function defineErrors<const T extends Record<string, { readonly status: ErrorStatus }>>(
  prefix: string,
  entries: T,
): { readonly [K in keyof T]: ErrorEntry } {
  const out: Record<string, ErrorEntry> = {};
  for (const [name, { status }] of Object.entries(entries)) out[name] = { code: `${prefix}.${name}`, status, ...text('errors', prefix, name) };
  return out as { readonly [K in keyof T]: ErrorEntry };
}

/** The message of an entry in a language, its `{name}` parameters filled (unknown ones stay visible). */
export function formatError(entry: ErrorText, lang: 'zh' | 'en', params: ErrorParams = {}): string {
  return entry[lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
