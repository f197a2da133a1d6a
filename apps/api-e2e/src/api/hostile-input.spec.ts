import fc from 'fast-check';
import { call, registration, verifyOrganization } from '../support/api';

/**
 * Hostile input against the built, started API: every finding of the probe as a named regression
 * test, then a generated walk over every route of the server's own OpenAPI document. Nothing a
 * client sends may cost a 500, nor take the server more than a second to refuse.
 */
interface Session {
  token: string;
  userId: string;
  organizationId: string;
}

async function signUp(role: string, kind: string): Promise<Session> {
  const res = await call<{ accessToken: string; user: { id: string; organization: { id: string } } }>('POST', '/api/auth/register', {
    body: registration({ role, organization: { name: `恶意输入测试${role}-${Date.now()}-${Math.random()}`, kind } }),
  });
  expect(res.status).toBe(201);
  await verifyOrganization(res.body.user.organization.id);
  return { token: res.body.accessToken, userId: res.body.user.id, organizationId: res.body.user.organization.id };
}

async function staffToken(): Promise<string> {
  const res = await call<{ accessToken: string }>('POST', '/api/auth/login', { body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] } });
  expect(res.status).toBe(200);
  return res.body.accessToken;
}

const achievementBody = (o: Record<string, unknown> = {}) => ({
  title: '恶意输入测试成果',
  summary: '用于验证输入防护的成果条目，内容本身无害。',
  field: 'other',
  keywords: ['测试'],
  maturity: 'lab',
  transferModes: ['license'],
  askingPrice: null,
  patents: [],
  region: '鹿城区',
  inventors: ['王'],
  ...o,
});

let researcher: Session;
let enterprise: Session;
let broker: Session;
let staff: string;

beforeAll(async () => {
  researcher = await signUp('researcher', 'university');
  enterprise = await signUp('enterprise', 'enterprise');
  broker = await signUp('broker', 'agency');
  staff = await staffToken();
});

describe('regressions of the hostile-input probe', () => {
  const NUL = 'a\u0000b';

  it('answers 400, not 500, to a NUL in any string field, also without a login', async () => {
    const cases: Array<[string, string, unknown, string?]> = [
      ['POST', '/api/auth/login', { email: `x${NUL}@example.com`, password: 'whatever-password' }],
      ['POST', '/api/auth/register', registration({ name: NUL })],
      ['POST', '/api/achievements', achievementBody({ title: NUL }), researcher.token],
      ['POST', '/api/needs', { title: NUL }, enterprise.token],
      ['PUT', '/api/brokers/me/profile', { certificationNumber: NUL }, broker.token],
      ['POST', '/api/roadshows', { title: NUL }, staff],
    ];
    for (const [method, path, body, token] of cases) {
      const res = await call(method, path, { body, token });
      expect([path, res.status, (res.body as { code?: string }).code]).toEqual([path, 400, 'PLATFORM.INVALID_INPUT']);
    }
    const audit = await call('GET', `/api/audit?action=${encodeURIComponent(NUL)}`, { token: staff });
    expect(audit.status).toBe(400);
    expect((await call('GET', '/api/roadshows/calendar/a%00b.ics')).status).toBe(400);
  });

  it('answers 400 to JSON nested 8,000 levels deep, without a login', async () => {
    const res = await call('POST', '/api/auth/login', { raw: '{"a":'.repeat(8000) + '1' + '}'.repeat(8000) });
    // the guard stops at its depth limit (32) and names the field there; the words are the catalogue's
    const field = Array.from({ length: 32 }, () => 'a').join('.');
    expect([res.status, res.body]).toEqual([400, expect.objectContaining({ code: 'PLATFORM.INVALID_INPUT', field, params: { field } })]);
  });

  it('refuses 120,000 keywords at once, and /api/health does not stall meanwhile', async () => {
    const created = await call<{ id: string }>('POST', '/api/achievements', { body: achievementBody(), token: researcher.token });
    expect(created.status).toBe(201);
    // distinct and short, so that the body stays within the 1 MB limit as in the probe
    const keywords = Array.from({ length: 120_000 }, (_, i) => i.toString(36));
    const t0 = performance.now();
    const [patch, health] = await Promise.all([
      call('PATCH', `/api/achievements/${created.body.id}`, { body: { keywords }, token: researcher.token }),
      (async () => {
        await new Promise((r) => setTimeout(r, 20));
        const t = performance.now();
        const res = await call('GET', '/api/health');
        return { status: res.status, ms: performance.now() - t };
      })(),
    ]);
    expect(patch.status).toBe(400);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(health.status).toBe(200);
    expect(health.ms).toBeLessThan(1000);
    // the field's size rule answers before its uniqueness rule, also below the guard's own limit
    const hundred = await call('PATCH', `/api/achievements/${created.body.id}`, { body: { keywords: keywords.slice(0, 900) }, token: researcher.token });
    expect([hundred.status, hundred.body.message]).toEqual([400, ['关键词（keywords）最多 20 项']]);
  });

  it('answers out-of-range search filters with 400, never a 503 that looks like an outage', async () => {
    for (const q of ['minPrice=1e21', 'maxPrice=1e308', 'minPrice=-1']) expect([q, (await call('GET', `/api/achievements?${q}`)).status]).toEqual([q, 400]);
    for (const q of ['maxBudget=1e308', 'minBudget=1e21']) expect([q, (await call('GET', `/api/needs?${q}`)).status]).toEqual([q, 400]);
  });

  it('refuses an unpaired surrogate in an e-mail address and bidi overrides or control characters in titles', async () => {
    expect((await call('POST', '/api/auth/register', { body: registration({ email: `x\uD800y@example.com` }) })).status).toBe(400);
    for (const title of ['合同\u202Efdp.exe', '标题\u0002高亮\u0003']) {
      const res = await call('POST', '/api/achievements', { body: achievementBody({ title }), token: researcher.token });
      expect([title, res.status]).toEqual([title, 400]);
    }
  });

  it('refuses common passwords at sign-up', async () => {
    for (const password of ['12345678', 'password', '        ']) expect([password, (await call('POST', '/api/auth/register', { body: registration({ password }) })).status]).toEqual([password, 400]);
  });
});

/** A value a hostile client might put anywhere: odd strings, odd numbers, odd shapes. */
const hostileString = fc.oneof(
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', '\u202E', '\uD800', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>', '=cmd|/C calc', '充电桩', 'x'.repeat(5000), '1e308', '-1', 'null', '{}', '00000000-0000-4000-8000-000000000000', 'not-a-uuid'),
  fc.string({ maxLength: 40 }),
  fc.fullUnicodeString({ maxLength: 20 }),
);
const hostileNumber = fc.oneof(fc.constantFrom(0, -1, 1e21, -1e21, 2 ** 53, 1.5, Number.MAX_SAFE_INTEGER), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(hostileString, tie('value'), { maxKeys: 4 })),
})).value;

/** Percent-encodes a path value; a lone surrogate (which encodeURIComponent refuses) goes out as the invalid UTF-8 a hostile client can send. */
function encodePathValue(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, ''))}%ED%A0%80`;
  }
}

interface Operation {
  method: string;
  path: string;
  query: string[];
}

describe('generated hostile input on every route of the OpenAPI document', () => {
  it('never answers 5xx and never takes a second, whoever calls', async () => {
    const doc = await call<{ paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string }> }>> }>('GET', '/api/docs-json');
    expect(doc.status).toBe(200);
    const operations: Operation[] = Object.entries(doc.body.paths).flatMap(([path, ops]) =>
      Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) })),
    );
    expect(operations.length).toBeGreaterThan(60);
    const callers = [undefined, researcher.token, enterprise.token, broker.token, staff];
    const problems: string[] = [];
    let requests = 0;
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...operations),
        fc.constantFrom(...callers),
        fc.array(hostileString, { minLength: 4, maxLength: 4 }),
        fc.dictionary(fc.string({ maxLength: 12 }), hostileString, { maxKeys: 3 }),
        hostileValue,
        async (op, token, pathValues, extraQuery, body) => {
          let i = 0;
          const path = op.path.replace(/\{[^}]+\}/g, () => encodePathValue(pathValues[i++ % pathValues.length]));
          const query = new URLSearchParams();
          op.query.forEach((name, k) => query.set(name, pathValues[k % pathValues.length]));
          for (const [k, v] of Object.entries(extraQuery)) query.set(k, v);
          const url = `${path}${query.size ? `?${query}` : ''}`;
          const withBody = ['POST', 'PATCH', 'PUT'].includes(op.method);
          const t = performance.now();
          const res = await call(op.method, url, { token, body: withBody ? body : undefined });
          const ms = performance.now() - t;
          requests++;
          if (res.status >= 500 || ms > 1000) problems.push(`${op.method} ${url.slice(0, 160)} → ${res.status} in ${ms.toFixed(0)} ms`);
          return true;
        },
      ),
      { numRuns: 3000, seed: Number(process.env['HOSTILE_SEED'] ?? Date.now() % 2 ** 31) },
    );
    const seconds = (performance.now() - started) / 1000;
    process.stdout.write(`hostile input: ${requests} requests over ${operations.length} operations in ${seconds.toFixed(1)} s\n`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(requests).toBe(3000);
  });
});
