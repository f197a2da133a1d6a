import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LANGS } from './localized';

/**
 * The translation files (`libs/web/<lib>/i18n/{zh,en}.json`) against each other and against the
 * code: every key is in both languages with a non-empty text and the same {{params}}, every key
 * the sources name exists, and every key in a file is used. A library is checked as soon as it
 * has an `i18n` folder.
 */
const WEB = join(__dirname, '../../../..');
const ROOT = join(WEB, '../..');

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

const params = (text: unknown) => (typeof text === 'string' ? [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort() : []);

const libs = readdirSync(WEB).filter((lib) => existsSync(join(WEB, lib, 'i18n')));
const files = Object.fromEntries(
  libs.map((lib) => [lib, Object.fromEntries(LANGS.map((lang) => [lang, flatten(JSON.parse(readFileSync(join(WEB, lib, 'i18n', `${lang}.json`), 'utf8')) as Tree)]))]),
);

describe('translation files', () => {
  it('exist for the libraries that moved off { zh, en }', () => {
    expect(libs).toEqual(expect.arrayContaining(['shell', 'identity']));
  });

  describe.each(libs)('libs/web/%s/i18n', (lib) => {
    const [zh, en] = LANGS.map((lang) => files[lib][lang]);

    it('has every key in both languages', () => {
      expect({ missingInEn: [...zh.keys()].filter((k) => !en.has(k)), missingInZh: [...en.keys()].filter((k) => !zh.has(k)) }).toEqual({ missingInEn: [], missingInZh: [] });
    });

    it('has a text for every key, with the same {{params}} in both languages', () => {
      for (const lang of LANGS) {
        const empty = [...files[lib][lang]].filter(([, v]) => typeof v !== 'string' || !v.trim()).map(([k]) => k);
        expect([lang, empty]).toEqual([lang, []]);
      }
      const differing = [...zh.keys()].filter((k) => en.has(k) && params(zh.get(k)).join() !== params(en.get(k)).join());
      expect(differing).toEqual([]);
    });

    it('has every key its sources name, and no key they do not', () => {
      const code = sources(join(WEB, lib, 'src')).map((path) => [relative(ROOT, path), readFileSync(path, 'utf8')] as const);
      const named = new Map<string, string>();
      for (const [path, text] of code) {
        // a file name (`catalog.css`) is not a key
        for (const m of text.matchAll(new RegExp(`['"\`](${lib}(?:\\.\\w+)+)['"\`]`, 'g'))) if (!/\.(css|js|json)$/.test(m[1])) named.set(m[1].slice(lib.length + 1), path);
      }
      // Sources of the other libraries may name this library's keys too (the shell shows the routes' titles).
      expect([...named].filter(([key]) => !zh.has(key)).map(([key, path]) => `${path}: ${lib}.${key}`)).toEqual([]);
      const all = code.map(([, text]) => text).join('\n');
      expect([...zh.keys()].filter((key) => !all.includes(`${lib}.${key}`))).toEqual([]);
    });
  });
});
