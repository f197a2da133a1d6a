import { DEFAULT_REGIONS, FIELDS, MATURITIES, ORGANIZATION_KINDS, TRANSFER_MODES, type OrganizationKind, type PatentType, type Role } from '@market/contracts';
import { applicationNumberCheckCharacter, classifyPatentNumber, isValidCreditCode } from '@market/shared/validators';
import { DEMO_ACHIEVEMENTS, DEMO_NEEDS, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './demo-market.data';

// Most checks collect the offenders and expect none, so that a failure names them.

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};

const duplicates = (values: readonly string[]): string[] => values.filter((v, i) => values.indexOf(v) !== i);

const KIND_DIGIT: Record<string, PatentType> = { '1': 'invention', '2': 'utility_model', '3': 'design' };
const PUBLICATION_KIND: Record<string, PatentType> = { A: 'invention', B: 'invention', U: 'utility_model', S: 'design' };

/** The patent type a number implies: the kind digit of an application number, the kind code of a publication number. */
function impliedPatentType(number: string): PatentType | undefined {
  const application = /^CN\d{4}(\d)\d{7}\.[\dX]$/.exec(number);
  if (application) return KIND_DIGIT[application[1]];
  const publication = /^CN(\d)\d{8}([ABUS])\d?$/.exec(number);
  if (publication && KIND_DIGIT[publication[1]] === PUBLICATION_KIND[publication[2]]) return PUBLICATION_KIND[publication[2]];
  return undefined;
}

const ROLE_KINDS: Record<Role, OrganizationKind[]> = {
  researcher: ['university', 'institute'],
  enterprise: ['enterprise'],
  broker: ['agency'],
  staff: [], // staff accounts are created by the seeder, never listed here
};

const orgByKey = new Map(DEMO_ORGANIZATIONS.map((o) => [o.key, o]));
const regions: readonly string[] = DEFAULT_REGIONS;
const patents = DEMO_ACHIEVEMENTS.flatMap((a) => a.patents);

describe('demo market data', () => {
  it('has enough listings in every review state', () => {
    expect(DEMO_ACHIEVEMENTS.length).toBeGreaterThanOrEqual(64);
    expect(DEMO_NEEDS.length).toBeGreaterThanOrEqual(32);
    const achievements = countBy(DEMO_ACHIEVEMENTS, (a) => a.status);
    expect(achievements['published']).toBeGreaterThanOrEqual(50);
    expect(achievements['pending_review']).toBeGreaterThanOrEqual(3);
    expect(achievements['draft']).toBeGreaterThanOrEqual(2);
    const needs = countBy(DEMO_NEEDS, (n) => n.status);
    expect(needs['published']).toBeGreaterThanOrEqual(25);
    expect(needs['pending_review']).toBeGreaterThanOrEqual(2);
    expect(needs['draft']).toBeGreaterThanOrEqual(1);
  });

  it('covers every field at least 5 times and every region at least twice among achievements', () => {
    const byField = countBy(DEMO_ACHIEVEMENTS, (a) => a.field);
    expect(FIELDS.filter((f) => (byField[f] ?? 0) < 5)).toEqual([]);
    const byRegion = countBy(DEMO_ACHIEVEMENTS, (a) => a.region);
    expect(regions.filter((r) => (byRegion[r] ?? 0) < 2)).toEqual([]);
    // What the public sees (published only) still shows every field and every region.
    const published = DEMO_ACHIEVEMENTS.filter((a) => a.status === 'published');
    expect(FIELDS.filter((f) => !published.some((a) => a.field === f))).toEqual([]);
    expect(regions.filter((r) => !published.some((a) => a.region === r))).toEqual([]);
  });

  it('uses only known values and configured regions, with variety', () => {
    const badModes = (modes: readonly string[]) =>
      modes.length === 0 || duplicates(modes).length > 0 || modes.some((m) => !(TRANSFER_MODES as readonly string[]).includes(m));
    expect(
      DEMO_ACHIEVEMENTS.filter(
        (a) => !FIELDS.includes(a.field) || !MATURITIES.includes(a.maturity) || !regions.includes(a.region) || badModes(a.transferModes),
      ).map((a) => a.title),
    ).toEqual([]);
    expect(DEMO_NEEDS.filter((n) => !FIELDS.includes(n.field) || !regions.includes(n.region) || badModes(n.cooperationModes)).map((n) => n.title)).toEqual(
      [],
    );
    expect(DEMO_ORGANIZATIONS.filter((o) => !ORGANIZATION_KINDS.includes(o.kind) || !regions.includes(o.region)).map((o) => o.key)).toEqual([]);
    expect(MATURITIES.filter((m) => !DEMO_ACHIEVEMENTS.some((a) => a.maturity === m))).toEqual([]);
    expect(TRANSFER_MODES.filter((m) => !DEMO_ACHIEVEMENTS.some((a) => a.transferModes.includes(m)))).toEqual([]);
  });

  it('writes achievements with sensible text, keywords, inventors and prices', () => {
    expect(DEMO_ACHIEVEMENTS.filter((a) => a.title.length < 2 || a.title.length > 100).map((a) => a.title)).toEqual([]);
    expect(DEMO_ACHIEVEMENTS.filter((a) => a.summary.length < 80 || a.summary.length > 200).map((a) => [a.title, a.summary.length])).toEqual([]);
    expect(
      DEMO_ACHIEVEMENTS.filter(
        (a) => a.keywords.length < 4 || a.keywords.length > 7 || duplicates(a.keywords).length > 0 || a.keywords.some((k) => k.length === 0 || k.length > 30),
      ).map((a) => a.title),
    ).toEqual([]);
    expect(DEMO_ACHIEVEMENTS.filter((a) => a.inventors.length === 0 || a.inventors.some((name) => name.length < 2)).map((a) => a.title)).toEqual([]);
    const priced = DEMO_ACHIEVEMENTS.filter((a) => a.askingPrice !== null);
    const outOfRange = (price: number) => !Number.isInteger(price) || price < 50_000 || price > 8_000_000;
    expect(priced.filter((a) => outOfRange(Number(a.askingPrice))).map((a) => a.title)).toEqual([]);
    const negotiable = DEMO_ACHIEVEMENTS.length - priced.length;
    expect(negotiable).toBeGreaterThanOrEqual(3);
    expect(negotiable).toBeLessThan(DEMO_ACHIEVEMENTS.length / 2);
  });

  it('gives most achievements patents, with valid, distinct numbers whose type agrees with the number', () => {
    expect(DEMO_ACHIEVEMENTS.filter((a) => a.patents.length > 0).length).toBeGreaterThan(DEMO_ACHIEVEMENTS.length * 0.8);
    expect(DEMO_ACHIEVEMENTS.filter((a) => a.patents.length > 3).map((a) => a.title)).toEqual([]);
    expect(duplicates(patents.map((p) => p.number))).toEqual([]);
    expect(patents.filter((p) => classifyPatentNumber(p.number) === null)).toEqual([]);
    expect(patents.filter((p) => impliedPatentType(p.number) !== p.type)).toEqual([]);
    const applications = patents.filter((p) => classifyPatentNumber(p.number) === 'application');
    expect(applications.length).toBeGreaterThan(patents.length * 0.9);
    for (const { number } of applications) {
      const [, digits, check] = /^CN(\d{12})\.([\dX])$/.exec(number) ?? [];
      expect([number, applicationNumberCheckCharacter(digits ?? '')]).toEqual([number, check]);
      const year = Number(digits.slice(0, 4));
      expect([number, year >= 2015 && year <= 2024]).toEqual([number, true]);
    }
  });

  it('keeps titles unique', () => {
    expect(duplicates(DEMO_ACHIEVEMENTS.map((a) => a.title))).toEqual([]);
    expect(duplicates(DEMO_NEEDS.map((n) => n.title))).toEqual([]);
  });

  it('writes needs with sane budgets, deadlines and keywords', () => {
    expect(
      DEMO_NEEDS.filter(
        (n) =>
          !Number.isInteger(n.budgetMin) || !Number.isInteger(n.budgetMax) || n.budgetMin < 100_000 || n.budgetMax > 5_000_000 || n.budgetMin > n.budgetMax,
      ).map((n) => n.title),
    ).toEqual([]);
    expect(DEMO_NEEDS.filter((n) => !Number.isInteger(n.deadlineInDays) || n.deadlineInDays < 30 || n.deadlineInDays > 365).map((n) => n.title)).toEqual([]);
    expect(
      DEMO_NEEDS.filter(
        (n) => n.keywords.length < 4 || n.keywords.length > 6 || duplicates(n.keywords).length > 0 || n.keywords.some((k) => k.length === 0 || k.length > 30),
      ).map((n) => n.title),
    ).toEqual([]);
    expect(DEMO_NEEDS.filter((n) => n.title.length > 100 || n.description.length < 40 || n.description.length > 5000).map((n) => n.title)).toEqual([]);
  });

  it('gives most published needs a published achievement to match (same field, a shared keyword)', () => {
    const published = DEMO_ACHIEVEMENTS.filter((a) => a.status === 'published');
    const needs = DEMO_NEEDS.filter((n) => n.status === 'published');
    const matched = needs.filter((n) => published.some((a) => a.field === n.field && a.keywords.some((k) => n.keywords.includes(k))));
    expect(matched.length).toBeGreaterThanOrEqual(needs.length * 0.6);
    // ...but not by copying: no need reuses an achievement's title.
    expect(DEMO_NEEDS.filter((n) => DEMO_ACHIEVEMENTS.some((a) => a.title === n.title)).map((n) => n.title)).toEqual([]);
  });

  it('references existing organizations of the right kind, with valid credit codes', () => {
    expect(duplicates(DEMO_ORGANIZATIONS.map((o) => o.key))).toEqual([]);
    expect(duplicates(DEMO_ORGANIZATIONS.map((o) => o.name))).toEqual([]);
    const kindOf = (key: string) => orgByKey.get(key)?.kind;
    expect(DEMO_ACHIEVEMENTS.filter((a) => !['university', 'institute'].includes(String(kindOf(a.organizationKey)))).map((a) => a.title)).toEqual([]);
    expect(DEMO_NEEDS.filter((n) => kindOf(n.organizationKey) !== 'enterprise').map((n) => n.title)).toEqual([]);
    expect(DEMO_ORGANIZATIONS.filter((o) => o.creditCode !== undefined && !isValidCreditCode(o.creditCode)).map((o) => o.key)).toEqual([]);
    expect(duplicates(DEMO_ORGANIZATIONS.flatMap((o) => (o.creditCode ? [o.creditCode] : [])))).toEqual([]);
  });

  it('has the demo accounts, users in organizations matching their role, and a user for every owner', () => {
    expect(DEMO_PASSWORD.length).toBeGreaterThanOrEqual(8);
    expect(DEMO_USERS.slice(0, 3).map((u) => [u.email, u.role])).toEqual([
      ['researcher@demo.market', 'researcher'],
      ['enterprise@demo.market', 'enterprise'],
      ['broker@demo.market', 'broker'],
    ]);
    expect(duplicates(DEMO_USERS.map((u) => u.email))).toEqual([]);
    expect(DEMO_USERS.filter((u) => !/^[^@\s]+@[^@\s]+$/.test(u.email) || u.name.length < 2).map((u) => u.email)).toEqual([]);
    expect(DEMO_USERS.filter((u) => u.role === 'staff').map((u) => u.email)).toEqual([]);
    expect(
      DEMO_USERS.filter((u) => {
        const kind = orgByKey.get(u.organizationKey)?.kind;
        return kind === undefined || !ROLE_KINDS[u.role].includes(kind);
      }).map((u) => u.email),
    ).toEqual([]);
    // DemoSeeder creates each item as the first user of its organization, so every owner needs one.
    const withUsers = new Set(DEMO_USERS.map((u) => u.organizationKey));
    const owners = new Set([...DEMO_ACHIEVEMENTS, ...DEMO_NEEDS].map((x) => x.organizationKey));
    expect([...owners].filter((k) => !withUsers.has(k))).toEqual([]);
  });
});
