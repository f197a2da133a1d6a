import { call, newAddress, registration } from '../support/api';

// The contract's identity table, status code by status code, against the built, started API.
describe('identity over HTTP', () => {
  it('register → 201 {accessToken, user}; me → the same user', async () => {
    const body = registration();
    const reg = await call<{ accessToken: string; user: Record<string, unknown> }>('POST', '/api/auth/register', { body });
    expect(reg.status).toBe(201);
    expect(reg.body.user).toMatchObject({ email: body.email, name: body.name, role: 'enterprise', organization: { kind: 'enterprise', region: '瓯海区' } });
    const me = await call('GET', '/api/auth/me', { token: reg.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toEqual(reg.body.user);
  });

  it('register → 400 naming the field, for bad input and unknown properties', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ role: 'staff' }, 'role'],
      [{ email: 'nope' }, 'email'],
      [{ password: '1234567' }, 'password'],
      [{ extra: 1 }, 'extra'],
      [{ organization: { name: 'x公司', kind: 'enterprise', creditCode: '123' } }, 'creditCode'],
    ];
    for (const [overrides, field] of cases) {
      const res = await call('POST', '/api/auth/register', { body: registration(overrides) });
      expect([res.status, JSON.stringify(res.body.message).includes(field)]).toEqual([400, true]);
    }
    const broken = await call('POST', '/api/auth/register', { raw: '{"email": ' });
    expect(broken.status).toBe(400);
  });

  it('register → 409 for an email already registered', async () => {
    const body = registration();
    expect((await call('POST', '/api/auth/register', { body })).status).toBe(201);
    const again = await call('POST', '/api/auth/register', { body });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ statusCode: 409, message: expect.any(String) });
  });

  it('register → 429 with Retry-After past 20 registrations a minute from one address', async () => {
    const address = newAddress();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 21; i++) {
      const res = await call('POST', '/api/auth/register', { body: registration(), address });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get('retry-after');
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(20);
    expect(statuses[20]).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('login → 200 with the right password, 401 with a wrong one, 400 without a password', async () => {
    const body = registration({ role: 'broker', organization: { name: `温州技术经纪服务中心-${Date.now()}`, kind: 'agency' } });
    await call('POST', '/api/auth/register', { body });
    const ok = await call<{ accessToken: string; user: { role: string } }>('POST', '/api/auth/login', { body: { email: body.email, password: body.password } });
    expect([ok.status, ok.body.user.role]).toEqual([200, 'broker']);
    expect((await call('POST', '/api/auth/login', { body: { email: body.email, password: 'wrong-password' } })).status).toBe(401);
    expect((await call('POST', '/api/auth/login', { body: { email: body.email } })).status).toBe(400);
  });

  it('login → 429 after 100 failed sign-ins from one address, with Retry-After', async () => {
    const address = newAddress();
    for (let i = 0; i < 100; i++) {
      // a different unknown account each time: only the per-address limit can trip
      const res = await call('POST', '/api/auth/login', { body: { email: `ghost-${i}-${Date.now()}@example.com`, password: 'nope-nope' }, address });
      if (res.status !== 401) throw new Error(`attempt ${i} answered ${res.status}`);
    }
    const blocked = await call('POST', '/api/auth/login', { body: { email: 'ghost-last@example.com', password: 'nope-nope' }, address });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('me → 401 without a token or with a bad one', async () => {
    expect((await call('GET', '/api/auth/me')).status).toBe(401);
    expect((await call('GET', '/api/auth/me', { token: 'garbage' })).status).toBe(401);
  });

  it('the staff account from STAFF_EMAIL / STAFF_PASSWORD signs in as staff', async () => {
    const res = await call<{ user: { role: string; organization: { kind: string } } }>('POST', '/api/auth/login', {
      body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] },
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ role: 'staff', organization: { kind: 'bureau' } });
  });
});

describe('operations', () => {
  it('health → 200 with every check up', async () => {
    const res = await call('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: 'up', redis: 'up', search: 'up' },
      pool: { max: 20, total: expect.any(Number), idle: expect.any(Number), inUse: expect.any(Number), waiting: 0, saturated: false },
      outbox: { draining: expect.any(Boolean), handlersRunning: expect.any(Number), handlerSlots: 8 },
    });
  });

  it('publishes its OpenAPI document with the identity routes', async () => {
    const res = await call<{ paths: Record<string, unknown> }>('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toEqual(expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/auth/me', '/api/health']));
  });

  it('answers unknown API paths with a JSON 404, and serves the web app elsewhere', async () => {
    const api = await call('GET', '/api/nothing-here');
    expect([api.status, api.body.statusCode]).toEqual([404, 404]);
    const page = await call('GET', '/achievements/some-deep-link');
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain('<tm-root');
  });

  it('sends security headers', async () => {
    const res = await call('GET', '/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
