import { expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkRoutes, type Role } from './route-walk';

/**
 * English mode: every route for an anonymous visitor and each role, with English chosen before
 * the app starts. The app's own words hold no Chinese character or Chinese punctuation: the text
 * of buttons, labels, headings, table heads, legends, captions, tabs, menus, form labels and
 * errors, empty states, alerts and pagination, and every placeholder, accessible name and alt
 * text. What people wrote may: anything inside `[data-user-content]` (titles, names, keywords) or
 * inside an element that declares its own language (`lang`, as the language switch names 中文 in
 * Chinese). Cards, descriptions and timelines are not yet marked, so the rule covers the app's
 * words where they live rather than every text of the page.
 */

const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff5e]/;
/** Where the app's own words live. */
const CHROME = [
  'button',
  'label',
  'th',
  'legend',
  'h1',
  'h2',
  'h3',
  'figcaption',
  '[role="tab"]',
  '[role="menuitem"]',
  '.ant-form-item-label',
  '.ant-form-item-explain',
  '.ant-empty-description',
  '.ant-alert-message',
  '.ant-alert-description',
  '.ant-steps-item-title',
  '.ant-pagination',
  '.ant-select-selection-placeholder',
  '.ant-result-title',
  '.ant-result-subtitle',
  '[data-testid$="-empty"]',
].join(', ');
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
    test(`no Chinese in the app's own words, every route as ${role === 'anonymous' ? 'an anonymous visitor' : role}`, async ({ page }, info) => {
      test.setTimeout(4 * 60_000);
      await page.addInitScript(() => localStorage.setItem('market.lang', 'en'));
      const findings: Finding[] = [];
      const visits = await walkRoutes(page, role, [{ name: 'desktop', width: 1366, height: 800 }], async ({ route, path }) => {
        const found = await page.evaluate(
          ({ chrome, attributes, pattern }) => {
            const chinese = new RegExp(pattern);
            const exempt = (el: Element) => el.closest('[data-user-content], [lang]:not(html)') !== null;
            const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
            const nameOf = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : ''}`;
            const out: Array<{ where: string; text: string }> = [];
            for (const el of document.querySelectorAll(chrome)) {
              if (exempt(el) || !visible(el)) continue;
              // the element's own words: its text outside user content and declared languages
              const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
              let text = '';
              for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.parentElement && !exempt(n.parentElement)) text += n.textContent ?? '';
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
          { chrome: CHROME, attributes: ATTRIBUTES, pattern: CHINESE.source },
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
      info.annotations.push({ type: 'english', description: `${role}: ${checked} pages checked, ${lines.length} Chinese texts in the app's own words` });
      expect(checked).toBeGreaterThan(5);
      expect(lines, `Chinese in English mode (role | route (path) | element | text):\n${lines.join('\n')}\n`).toEqual([]);
    });
  }
});
