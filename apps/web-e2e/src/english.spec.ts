import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkRoutes, type Role } from './route-walk';

/**
 * English mode: every route for an anonymous visitor and each role, with English chosen before
 * the app starts. No visible text of the page holds a Chinese character or Chinese punctuation,
 * nor does any placeholder, accessible name or alt text, except what people wrote: anything
 * inside `[data-user-content]` (titles, names, keywords, descriptions, notes) or inside an
 * element that declares its own language (`lang`, as the language switch names 中文 in Chinese).
 */

const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]/;
/** (Not `title`: ng-zorro's selects repeat the chosen option, a user's keyword, in it.) */
const ATTRIBUTES = ['placeholder', 'aria-label', 'alt'];

interface Finding {
  role: Role;
  route: string;
  path: string;
  where: string;
  text: string;
}

const ROLES: Role[] = ['anonymous', 'staff', 'researcher', 'enterprise', 'broker'];

test.describe('English mode', () => {
  for (const role of ROLES) {
    test(`no Chinese outside user content, every route as ${role === 'anonymous' ? 'an anonymous visitor' : role}`, async ({ page }, info) => {
      test.setTimeout(4 * 60_000);
      await page.addInitScript(() => localStorage.setItem('market.lang', 'en'));
      const findings: Finding[] = [];
      const visits = await walkRoutes(page, role, [{ name: 'desktop', width: 1366, height: 800 }], async ({ route, path }) => {
        const found = await page.evaluate(
          ({ attributes, pattern }) => {
            const chinese = new RegExp(pattern);
            const exempt = (el: Element) => el.closest('[data-user-content], [lang]:not(html)') !== null;
            const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
            const nameOf = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
            const out: Array<{ where: string; text: string }> = [];
            // every visible text of the page outside user content and declared languages, reported
            // by the element that holds it
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const el = n.parentElement;
              if (!el || el.closest('script, style, noscript, template') || exempt(el) || !visible(el)) continue;
              const text = n.textContent ?? '';
              if (chinese.test(text)) out.push({ where: nameOf(el), text: text.trim().replace(/\s+/g, ' ').slice(0, 120) });
            }
            for (const el of document.querySelectorAll(attributes.map((a) => `[${a}]`).join(', '))) {
              if (exempt(el) || !visible(el)) continue;
              for (const a of attributes) {
                const value = el.getAttribute(a);
                if (value && chinese.test(value)) out.push({ where: `${nameOf(el)}@${a}`, text: value.slice(0, 120) });
              }
            }
            return out;
          },
          { attributes: ATTRIBUTES, pattern: CHINESE.source },
        );
        // one line per distinct text on a page (a list repeats its buttons)
        const seen = new Set<string>();
        for (const f of found) {
          if (seen.has(f.where + f.text)) continue;
          seen.add(f.where + f.text);
          findings.push({ role, route, path, ...f });
        }
      });
      const dir = join(process.cwd(), 'test-results', 'english');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${role}.json`), JSON.stringify({ role, findings, visits }, null, 2));
      const checked = visits.filter((v) => !v.skipped).length;
      const lines = findings.map((f) => `${f.role} | ${f.route} (${f.path}) | ${f.where} | ${f.text}`);
      info.annotations.push({ type: 'english', description: `${role}: ${checked} pages checked, ${lines.length} Chinese texts outside user content` });
      expect(checked).toBeGreaterThan(5);
      expect(lines, `Chinese in English mode (role | route (path) | element | text):\n${lines.join('\n')}\n`).toEqual([]);
    });
  }
});
