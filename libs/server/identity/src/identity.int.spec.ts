import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp } from '@market/server/platform/testing';
import { IdentityModule, IDENTITY_ENTITIES, IDENTITY_MIGRATIONS, Accounts } from './index';

// Integration: the real Postgres (own database, real migrations), Redis and configureApp.
let app: INestApplication;
let n = 0;
/** Every test speaks from its own address (trusted X-Forwarded-For), so per-address limits do not leak between tests. */
const address = () => `10.9.${Math.floor(n / 250)}.${(n++ % 250) + 1}`;
const http = () => request(app.getHttpServer());

function registration(overrides: Record<string, unknown> = {}) {
  const id = `${Date.now()}-${n++}`;
  return {
    email: `user-${id}@example.com`,
    password: 'correct horse battery',
    name: '张伟',
    role: 'enterprise',
    organization: { name: `温州测试科技有限公司-${id}`, kind: 'enterprise', region: '鹿城区' },
    ...overrides,
  };
}

beforeAll(async () => {
  app = await createTestApp('identity', { entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS, modules: [IdentityModule] }, { REGISTER_RATE_LIMIT: '5' });
});

afterAll(async () => {
  await app.close();
});

describe('POST /api/auth/register', () => {
  it('creates the user and organization and answers 201 with a working token', async () => {
    const body = registration({ organization: { name: '瓯江新材料有限公司', kind: 'enterprise', region: '瑞安市', creditCode: '91350100M000100Y43' } });
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    expect(res.body.user).toMatchObject({ email: body.email, name: '张伟', role: 'enterprise', organization: { name: '瓯江新材料有限公司', kind: 'enterprise', region: '瑞安市' } });
    expect(res.body.user.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.user).not.toHaveProperty('passwordHash');
    const me = await http().get('/api/auth/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toEqual(res.body.user);
  });

  it('joins an existing organization of the same name and kind, not one of another kind', async () => {
    const org = { name: '温州理工研究院', kind: 'institute' };
    const a = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher', organization: org })).expect(201);
    const b = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher', organization: org })).expect(201);
    const c = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher', organization: { ...org, kind: 'university' } })).expect(201);
    expect(b.body.user.organization.id).toBe(a.body.user.organization.id);
    expect(c.body.user.organization.id).not.toBe(a.body.user.organization.id);
  });

  it('puts concurrent sign-ups naming one new organization into one organization', async () => {
    const org = { name: `并发注册测试公司-${Date.now()}`, kind: 'enterprise' };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: org }))),
    );
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((r) => r.body.user.organization.id)).size).toBe(1);
  });

  it('answers 409 for an email that is already registered, whatever its case', async () => {
    const body = registration();
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send({ ...body, email: body.email.toUpperCase() }).expect(409);
    expect(res.body).toMatchObject({ statusCode: 409, code: 'IDENTITY.EMAIL_TAKEN' });
  });

  it.each([
    ['role staff', { role: 'staff' }, 'role'],
    ['a short password', { password: 'short' }, 'password'],
    ['a bad email', { email: 'not-an-email' }, 'email'],
    ['an unknown property', { isAdmin: true }, 'isAdmin'],
    ['a wrong credit code check character', { organization: { name: '某公司', kind: 'enterprise', creditCode: '91350100M000100Y44' } }, 'creditCode'],
    ['an unknown organization kind', { organization: { name: '某公司', kind: 'club' } }, 'kind'],
    ['an unknown property inside organization', { organization: { name: '某公司', kind: 'enterprise', owner: 'x' } }, 'owner'],
    ['a region that is not configured', { organization: { name: '某公司', kind: 'enterprise', region: '火星' } }, 'region'],
    ['a bureau organization', { organization: { name: '某局', kind: 'bureau' } }, 'bureau'],
  ])('answers 400 naming the field for %s', async (_label, overrides, field) => {
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration(overrides)).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(res.body.statusCode).toBe(400);
  });

  it('answers 413 for a body over the size limit, never 500', async () => {
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ name: 'x'.repeat(2_000_000) }));
    expect(res.status).toBe(413);
  });

  it('limits registrations per address and says when to come back', async () => {
    const ip = address();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await http().post('/api/auth/register').set('X-Forwarded-For', ip).send(registration());
      statuses.push(res.status);
      if (res.status === 429) expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    // another address is not affected
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration()).expect(201);
  });
});

describe('POST /api/auth/login and GET /api/auth/me', () => {
  it('signs in with the right password and answers 401 on a wrong one', async () => {
    const body = registration();
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    const ok = await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: body.email, password: body.password }).expect(200);
    expect(ok.body.user.email).toBe(body.email);
    const bad = await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: body.email, password: 'wrong password' }).expect(401);
    expect(bad.body).toMatchObject({ statusCode: 401, code: 'AUTH.BAD_CREDENTIALS' });
    await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: 'nobody@example.com', password: 'whatever1' }).expect(401);
  });

  it('answers 401 to /me without a token, with a forged one and with an expired one', async () => {
    await http().get('/api/auth/me').expect(401);
    await http().get('/api/auth/me').set('Authorization', 'Bearer not.a.token').expect(401);
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoic3RhZmYiLCJvcmciOiJ4In0.c2lnbmF0dXJl';
    await http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('locks an account after 10 failed sign-ins, even for the right password, with Retry-After', async () => {
    const body = registration();
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    for (let i = 0; i < 10; i++) {
      // each failure from another address: the per-account limit is what trips
      await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: body.email, password: `wrong-${i}` }).expect(401);
    }
    const locked = await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: body.email, password: body.password }).expect(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(800);
    expect(locked.body).toMatchObject({ statusCode: 429, code: 'AUTH.TOO_MANY_FAILED_LOGINS' });
  });
});

describe('staff accounts', () => {
  it('are created from the command-line service, never by sign-up, and can sign in', async () => {
    const staff = app.get(Accounts);
    const email = `staff-${Date.now()}@kjj.example.gov.cn`;
    const user = await staff.ensureStaff(email, 'first-password');
    expect(user).toMatchObject({ email, role: 'staff', organization: { kind: 'bureau' } });
    // running it again updates the password instead of failing
    await staff.ensureStaff(email, 'second-password');
    await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email, password: 'first-password' }).expect(401);
    const res = await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email, password: 'second-password' }).expect(200);
    expect(res.body.user.role).toBe('staff');
    const rows = await app.get(DataSource).query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]);
    expect(rows[0].n).toBe(1);
  });

  it('refuses a password shorter than 8 characters', async () => {
    await expect(app.get(Accounts).ensureStaff('short@example.com', 'short')).rejects.toThrow('at least 8');
  });
});
