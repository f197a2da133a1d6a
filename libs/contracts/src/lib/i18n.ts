import zh from '../../i18n/zh.json';

/**
 * The market's shared words live in translation files, one per language
 * (`libs/contracts/i18n/<lang>.json`): the labels of every enum, the district names, the names
 * of request fields, the error catalogue and the match reasons. Chinese, the platform's own
 * language, is always here; another language's file is added where it is needed: the server
 * adds English at start-up (`@market/contracts/languages`, which platform imports), the web when
 * a reader first switches to it, so the first page does not carry it. A third language is a third
 * file and a code in LANGS.
 */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language (as the tables below hand it out). */
export type Localized = Readonly<Record<Lang, string>>;

type Tree = { readonly [key: string]: string | Tree };
const FILES: { [L in Lang]?: Tree } = { zh };

/** Adds a language's translation file; texts handed out before read it from then on. */
export function addTranslations(lang: Lang, file: Tree): void {
  FILES[lang] = file;
}

/** Whether a language's file has been added (Chinese always has). */
export function hasTranslations(lang: Lang): boolean {
  return FILES[lang] !== undefined;
}

function lookup(tree: Tree | undefined, path: readonly string[]): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/**
 * A text whose other languages are read when asked for: Chinese at once, another language from
 * its file once added (until then, and for a key its file lacks, the Chinese).
 */
function localized(path: readonly string[], chinese: string): Localized {
  const out: Record<string, string> = { zh: chinese };
  for (const lang of LANGS) {
    if (lang === 'zh') continue;
    Object.defineProperty(out, lang, { enumerable: true, get: () => lookup(FILES[lang], path) ?? chinese });
  }
  return out as Localized;
}

/** A text by its path in the files (`['labels', 'field', 'new_materials']`), or undefined where Chinese lacks it. */
export function findText(...path: string[]): Localized | undefined {
  const chinese = lookup(FILES.zh, path);
  return chinese === undefined ? undefined : localized(path, chinese);
}

/** A text that must exist: a key missing in Chinese fails at start-up, not on a page (the files' test checks the others). */
export function text(...path: string[]): Localized {
  const found = findText(...path);
  if (!found) throw new Error(`translation missing: ${path.join('.')}`);
  return found;
}

/** An enum's labels, one per value: `labels('field', FIELDS)`. */
export function labels<K extends string>(group: string, values: readonly K[]): Readonly<Record<K, Localized>> {
  return Object.fromEntries(values.map((v) => [v, text('labels', group, v)])) as Record<K, Localized>;
}

/** Every key of a group of the Chinese file (the source language), e.g. the request fields with names. */
export function keysOf(...path: string[]): string[] {
  let node: string | Tree | undefined = FILES.zh;
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'object' ? Object.keys(node) : [];
}

/** A text that reads the same in every language: a place or a value the files do not name. */
export function asWritten(value: string): Localized {
  return Object.fromEntries(LANGS.map((lang) => [lang, value])) as Record<Lang, string>;
}

/** Fills `{name}` parameters of a text in each language (read when asked for, as the text itself). */
export function filled(template: Localized, params: Readonly<Record<string, Localized | string>>): Localized {
  const fill = (lang: Lang) =>
    template[lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      return value === undefined ? whole : typeof value === 'string' ? value : value[lang];
    });
  const out: Record<string, string> = {};
  for (const lang of LANGS) Object.defineProperty(out, lang, { enumerable: true, get: () => fill(lang) });
  return out as Localized;
}

/** Words the pages share beyond the enums: a price to be agreed, the client's own error sentences, a time zone's name. */
export const WORDS = {
  negotiable: text('words', 'money', 'negotiable'),
  toBeSettled: text('words', 'money', 'toBeSettled'),
  clientErrors: {
    network: text('words', 'clientErrors', 'network'),
    unknown: text('words', 'clientErrors', 'unknown'),
    forbidden: text('words', 'clientErrors', 'forbidden'),
    conflict: text('words', 'clientErrors', 'conflict'),
  },
  /** 开始时间（北京时间） / Start time (Beijing time): `{label}` and `{zone}`. */
  inZone: text('words', 'inZone'),
} as const;

/** How the market's users name a time zone in labels: 北京时间 for Asia/Shanghai, `<zone> 时间` for another. */
export function timeZoneName(zone: string): Localized {
  return findText('words', 'zones', zone) ?? filled(text('words', 'zones', 'other'), { zone });
}
