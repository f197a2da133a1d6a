import AxeBuilder from '@axe-core/playwright';
import { Page, expect, test } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkRoutes, type Role, type Visit } from './route-walk';

/**
 * WCAG 2.1 AA: every route of the web app (apps/web's app.routes.ts, libs/web/*\/src/lib/*.routes.ts),
 * for an anonymous visitor and each role, at desktop and phone size, checked with axe-core. Any
 * serious or critical violation of a WCAG 2.0/2.1 A or AA rule fails; every one is collected first
 * and reported with route, role, size, rule and target (and written to test-results/a11y/).
 *
 * One sign-in per role and one page: routes are opened in the app (history + popstate, as the
 * browser's back button does), not reloaded, so each check costs the route's own requests only.
 * The demo accounts (README.md, demo market) are used when the server has them; otherwise the
 * e2e staff account and freshly registered ones.
 */

const SIZES = [
  { name: 'desktop', width: 1366, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

interface Finding {
  role: Role;
  size: string;
  route: string;
  path: string;
  rule: string;
  impact: string;
  help: string;
  target: string;
  html: string;
  /** color-contrast: foreground, background, ratio and the ratio needed */
  detail?: string;
  wcag: boolean;
}

async function walk(page: Page, role: Role) {
  const findings: Finding[] = [];
  const visits = await walkRoutes(page, role, SIZES, async ({ size, route, path }) => {
    const result = await new AxeBuilder({ page }).withTags([...WCAG_TAGS, 'best-practice']).analyze();
    for (const v of result.violations) {
      if (!FAILING_IMPACTS.has(v.impact ?? '')) continue;
      const wcag = v.tags.some((t) => WCAG_TAGS.includes(t));
      for (const node of v.nodes) {
        const data = [...node.any, ...node.all].map((c) => c.data as Record<string, unknown> | null).find((d) => d && 'contrastRatio' in d);
        findings.push({
          role,
          size,
          route,
          path,
          rule: v.id,
          impact: v.impact ?? '',
          help: v.help,
          target: node.target.map(String).join(' '),
          html: node.html.slice(0, 200),
          detail: data ? `${data['fgColor']} on ${data['bgColor']} ${data['contrastRatio']}:1 < ${data['expectedContrastRatio']}, ${data['fontSize']}` : undefined,
          wcag,
        });
      }
    }
  });
  return { findings, visits };
}

function report(role: Role, findings: Finding[], visits: Visit[]) {
  const dir = join(process.cwd(), 'test-results', 'a11y');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${role}.json`), JSON.stringify({ role, findings, visits }, null, 2));
  const byRule = new Map<string, number>();
  for (const f of findings.filter((f) => f.wcag)) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
  const lines = findings
    .filter((f) => f.wcag)
    .map((f) => `${f.role} | ${f.size} | ${f.route} (${f.path}) | ${f.rule} [${f.impact}] | ${f.target}${f.detail ? ` (${f.detail})` : ''}`);
  const advisory = findings.filter((f) => !f.wcag).map((f) => `${f.role} | ${f.size} | ${f.route} | ${f.rule} [${f.impact}, best practice] | ${f.target}`);
  const skipped = visits.filter((v) => v.skipped).map((v) => `${v.size} ${v.route}: ${v.skipped}`);
  return { byRule, lines, advisory, skipped };
}

const ROLES: Role[] = ['anonymous', 'staff', 'researcher', 'enterprise', 'broker'];

test.describe('accessibility (WCAG 2.1 AA, axe-core)', () => {
  for (const role of ROLES) {
    test(`every route as ${role === 'anonymous' ? 'an anonymous visitor' : role}, desktop and phone`, async ({ page }, info) => {
      test.setTimeout(6 * 60_000);
      const { findings, visits } = await walk(page, role);
      const { byRule, lines, advisory, skipped } = report(role, findings, visits);
      const checked = visits.filter((v) => !v.skipped).length;
      const summary = [
        `${role}: ${checked} pages checked, ${lines.length} serious/critical WCAG violations (${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ') || 'none'})`,
        ...(skipped.length ? ['not checked:', ...skipped.map((s) => `  ${s}`)] : []),
        ...(advisory.length ? [`best-practice (not failing): ${advisory.length}`, ...advisory.map((s) => `  ${s}`)] : []),
      ].join('\n');
      info.annotations.push({ type: 'a11y', description: summary });
      process.stdout.write(`\n${summary}\n`);
      expect(lines, `serious/critical WCAG 2.1 A/AA violations (role | size | route (path) | rule [impact] | target):\n${lines.join('\n')}\n`).toEqual([]);
    });
  }
});
