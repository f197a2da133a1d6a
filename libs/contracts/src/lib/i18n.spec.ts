import en from '../../i18n/en.json';
import zh from '../../i18n/zh.json';
import { ERROR_CATALOGUES } from './errors';
import { FIELDS, FIELD_LABELS } from './catalog';
import { findText, LANGS } from './i18n';
import { regionLabel } from './regions';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const files = { zh: flatten(zh), en: flatten(en) };
// A parameter may come in each language's words: the English text reads `{labelEn}` where the Chinese reads `{label}`.
const params = (text: string | undefined) => [...new Set([...(text ?? '').matchAll(/\{(\w+?)(?:En)?\}/g)].map((m) => m[1]))].sort().join();

describe('the shared translation files (libs/contracts/i18n)', () => {
  it('name the same keys in every language, each with a text', () => {
    expect(LANGS).toEqual(['zh', 'en']);
    const missing = LANGS.flatMap((lang) => LANGS.flatMap((other) => [...files[other].keys()].filter((k) => !files[lang].has(k)).map((k) => `${lang} lacks ${k}`)));
    expect(missing).toEqual([]);
    const empty = LANGS.flatMap((lang) => [...files[lang]].filter(([, v]) => !v.trim()).map(([k]) => `${lang}: ${k}`));
    expect(empty).toEqual([]);
  });

  it('give a message the same {parameters} in every language (or their English forms, `{nameEn}`)', () => {
    expect([...files.zh.keys()].filter((k) => params(files.zh.get(k)) !== params(files.en.get(k)))).toEqual([]);
  });

  it('hold a message for every error code, and none for a code that does not exist', () => {
    const codes = ERROR_CATALOGUES.flatMap((c) => Object.values(c).map((e) => e.code)).sort();
    const messages = [...files.zh.keys()].filter((k) => k.startsWith('errors.')).map((k) => k.slice('errors.'.length)).sort();
    expect(messages).toEqual(codes);
  });

  it('label every value of an enum, read at start-up', () => {
    expect(Object.keys(FIELD_LABELS)).toEqual([...FIELDS]);
    expect(FIELD_LABELS.new_materials).toEqual({ zh: '新材料', en: 'New materials' });
  });

  it('name the default districts in English, and show a configured place as it is written', () => {
    expect(regionLabel('瑞安市')).toEqual({ zh: '瑞安市', en: "Rui'an City" });
    expect(regionLabel('outside')).toEqual({ zh: '市外', en: 'Outside the city' });
    expect(regionLabel('余杭区')).toEqual({ zh: '余杭区', en: '余杭区' });
    expect(findText('regions', 'no-such-place')).toBeUndefined();
  });
});
