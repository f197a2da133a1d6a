import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createTestApp, testCreditCode, eventually } from '@market/server/platform/testing';
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
    organization: { name: `温州测试科技有限公司-${id}`, kind: 'enterprise', region: '鹿城区', creditCode: testCreditCode() },
    ...overrides,
  };
}

beforeAll(async () => {
  app = await createTestApp('identity', { entities: IDENTITY_ENTITIES, migrations: IDENTITY_MIGRATIONS, modules: [IdentityModule] }, { REGISTER_RATE_LIMIT: '5', LOGIN_FAILURES_PER_ADDRESS: '8' });
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

  it('refuses the name and kind of an existing organization, pointing to the invitation; another kind is another organization', async () => {
    const org = { name: '温州理工研究院', kind: 'institute' };
    const a = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher', organization: org })).expect(201);
    expect(a.body.user).toMatchObject({ orgRole: 'admin', organization: { verification: 'pending' } });
    const b = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher', organization: org })).expect(409);
    expect(b.body).toMatchObject({ code: 'IDENTITY.ORGANIZATION_EXISTS', message: expect.stringContaining('invitationCode') });
    const c = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher', organization: { ...org, kind: 'university' } })).expect(201);
    expect(c.body.user.organization.id).not.toBe(a.body.user.organization.id);
  });

  it('lets one of several concurrent sign-ups naming one new organization create it; the others are told it exists', async () => {
    const org = { name: `并发注册测试公司-${Date.now()}`, kind: 'enterprise' };
    const answers = await Promise.all(
      Array.from({ length: 4 }, () => http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: { ...org, creditCode: testCreditCode() } }))),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
  });

  it('wants a valid credit code that no other organization holds from an enterprise', async () => {
    const missing = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: { name: `无代码企业-${n}`, kind: 'enterprise' } })).expect(400);
    expect(missing.body.code).toBe('IDENTITY.CREDIT_CODE_REQUIRED');
    const code = testCreditCode();
    const wrongCheck = code.slice(0, 17) + (code[17] === 'A' ? 'B' : 'A');
    const bad = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: { name: `错码企业-${n}`, kind: 'enterprise', creditCode: wrongCheck } })).expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('creditCode');
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: { name: `持码企业-${n}`, kind: 'enterprise', creditCode: code } })).expect(201);
    const taken = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: { name: `冒用企业-${n}`, kind: 'enterprise', creditCode: code.toLowerCase() } })).expect(409);
    expect(taken.body.code).toBe('IDENTITY.CREDIT_CODE_TAKEN');
  });

  it('fits the role to the kind of organization, and wants exactly one of organization and invitationCode', async () => {
    const misfit = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'researcher' })).expect(400);
    expect(misfit.body.code).toBe('IDENTITY.ROLE_KIND_MISMATCH');
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ role: 'broker', organization: { name: `某大学-${n}`, kind: 'university' } })).expect(400);
    const neither = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: undefined })).expect(400);
    expect(neither.body.code).toBe('IDENTITY.ORGANIZATION_OR_INVITATION');
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ invitationCode: 'ABCD-EFGH-JKMN-PQRS' })).expect(400);
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
    ['a bureau organization', { organization: { name: '某局', kind: 'bureau' } }, 'organization.kind'],
  ])('answers 400 naming the field for %s', async (_label, overrides, field) => {
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration(overrides)).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect(JSON.stringify(res.body.message)).toContain(field);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).set('Content-Type', 'application/json').send('{"email":').expect(400);
    expect(res.body).toMatchObject({ statusCode: 400, code: 'PLATFORM.BAD_JSON', message: '请求内容不是有效的 JSON' });
  });

  it('answers 413 for a body over the size limit, never 500', async () => {
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ name: 'x'.repeat(2_000_000) }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, code: 'PLATFORM.BODY_TOO_LARGE', message: '请求内容过大' });
  });

  it('limits registrations per address and says when to come back', async () => {
    const ip = address();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const res = await http().post('/api/auth/register').set('X-Forwarded-For', ip).send(registration());
      statuses.push(res.status);
      if (res.status === 429) {
        expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
        expect(res.body).toMatchObject({ statusCode: 429, code: 'PLATFORM.RATE_LIMITED', message: '请求过于频繁，请稍后再试' });
      }
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
    // another address is not affected
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration()).expect(201);
  });
});

/** Repeats a request until it answers the wanted status (a delay running out), for at most 5 s. */
async function eventuallyStatus(send: () => PromiseLike<{ status: number }>, wanted: number): Promise<void> {
  await eventually(async () => (await send()).status, (status) => status === wanted, 5000);
}

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
    expect((await http().get('/api/auth/me').expect(401)).body).toMatchObject({ code: 'AUTH.TOKEN_REQUIRED', message: '请先登录' });
    expect((await http().get('/api/auth/me').set('Authorization', 'Bearer not.a.token').expect(401)).body.code).toBe('AUTH.TOKEN_REQUIRED');
    const forged =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDAiLCJyb2xlIjoic3RhZmYiLCJvcmciOiJ4In0.c2lnbmF0dXJl';
    await http().get('/api/auth/me').set('Authorization', `Bearer ${forged}`).expect(401);
  });

  it('slows a wrong-password storm from one address with growing delays, and the owner still signs in from another', async () => {
    const body = registration();
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    const attacker = address();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await http().post('/api/auth/login').set('X-Forwarded-For', attacker).send({ email: body.email, password: `wrong-${i}` })).status);
    // three typos are free, the fourth failure makes the pair wait: 1 s, then 2 s, 4 s …
    expect(statuses).toEqual([401, 401, 401, 401, 429]);
    const slowed = await http().post('/api/auth/login').set('X-Forwarded-For', attacker).send({ email: body.email, password: body.password }).expect(429);
    expect(slowed.body).toMatchObject({ statusCode: 429, code: 'AUTH.TOO_MANY_FAILED_LOGINS' });
    expect(Number(slowed.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // the owner, from their own address, is not locked out by it
    await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: body.email, password: body.password }).expect(200);
  });

  it('lets a pair try again once its delay has passed, and a success clears its count', async () => {
    const body = registration();
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    const from = address();
    for (let i = 0; i < 4; i++) await http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: body.email, password: `typo-${i}` }).expect(401);
    const wait = await http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: body.email, password: body.password }).expect(429);
    expect(Number(wait.headers['retry-after'])).toBe(1);
    await eventuallyStatus(() => http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: body.email, password: body.password }), 200);
    // counted afresh: three typos are free again
    for (let i = 0; i < 3; i++) await http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: body.email, password: `typo-${i}` }).expect(401);
    await http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: body.email, password: body.password }).expect(200);
  });

  it('caps failed sign-ins per address over all accounts', async () => {
    const from = address();
    // LOGIN_FAILURES_PER_ADDRESS is 8 in this suite; each account fails once, so no pair is slowed
    for (let i = 0; i < 8; i++) await http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: `spray-${i}-${Date.now()}@example.com`, password: 'spray-password' }).expect(401);
    const capped = await http().post('/api/auth/login').set('X-Forwarded-For', from).send({ email: `spray-x-${Date.now()}@example.com`, password: 'spray-password' }).expect(429);
    expect(Number(capped.headers['retry-after'])).toBeGreaterThan(800);
  });
});

describe('passwords', () => {
  it('refuses common passwords, spaces only and short ones at sign-up, with a 400 that says why', async () => {
    for (const password of ['12345678', 'password', '        ', 'qwertyuiop', 'woaini1314']) {
      const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ password })).expect(400);
      expect([password, res.body.code ?? res.body.message]).toEqual([password, expect.stringMatching(/WEAK_PASSWORD|password/)]);
    }
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ password: 'short12' })).expect(400);
    await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ password: '瓯江夜色 2026 年' })).expect(201);
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
    await expect(app.get(Accounts).ensureStaff('short@example.com', 'short')).rejects.toMatchObject({ code: 'IDENTITY.WEAK_PASSWORD', message: 'password：密码至少需要 8 个字符' });
  });
});

describe('organizations: admins, members, invitations, verification', () => {
  const me = (token: string) => http().get('/api/auth/me').set('Authorization', `Bearer ${token}`);
  const as = (token: string) => ({ Authorization: `Bearer ${token}` });
  let staff: string;

  beforeAll(async () => {
    await app.get(Accounts).ensureStaff('staff@organizations.test', 'staff-password');
    staff = (await http().post('/api/auth/login').send({ email: 'staff@organizations.test', password: 'staff-password' }).expect(200)).body.accessToken;
  });

  async function admin(kind: 'enterprise' | 'university' = 'enterprise') {
    const body = kind === 'enterprise' ? registration() : registration({ role: 'researcher', organization: { name: `测试大学-${n++}`, kind: 'university' } });
    const res = await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201);
    return { token: res.body.accessToken as string, user: res.body.user, body };
  }
  const join = (code: string, overrides: Record<string, unknown> = {}) =>
    http().post('/api/auth/register').set('X-Forwarded-For', address()).send(registration({ organization: undefined, invitationCode: code, ...overrides }));

  it('lets the admin invite a colleague, who joins the same organization as a member with the code', async () => {
    const a = await admin();
    const invite = await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({ maxUses: 2, expiresInDays: 3 }).expect(201);
    expect(invite.body).toMatchObject({ code: expect.stringMatching(/^([A-Z2-9]{4}-){6}[A-Z2-9]{2}$/), maxUses: 2 });
    expect(Date.parse(invite.body.expiresAt) - Date.now()).toBeGreaterThan(2.9 * 24 * 3600_000);
    const colleague = await join(invite.body.code.toLowerCase().replace(/-/g, ' ')).expect(201);
    expect(colleague.body.user).toMatchObject({ orgRole: 'member', organization: { id: a.user.organization.id } });
    // the code fits only roles of the organization's kind
    const misfit = await join(invite.body.code, { role: 'broker' }).expect(400);
    expect(misfit.body.code).toBe('IDENTITY.ROLE_KIND_MISMATCH');
    await join(invite.body.code).expect(201);
    const usedUp = await join(invite.body.code).expect(400);
    expect(usedUp.body.message).toContain('已用完');
    const members = await http().get('/api/organizations/mine/members').set(as(colleague.body.accessToken)).expect(200);
    expect(members.body.map((m: { orgRole: string }) => m.orgRole)).toEqual(['admin', 'member', 'member']);
    const list = await http().get('/api/organizations/mine/invitations').set(as(a.token)).expect(200);
    expect(list.body[0]).toMatchObject({ id: invite.body.id, uses: 2, maxUses: 2, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(invite.body.code);
  });

  it('admits one person with a single-use code however many try at once; revoked and expired codes admit nobody', async () => {
    const a = await admin();
    const once = (await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({}).expect(201)).body;
    const answers = await Promise.all(Array.from({ length: 5 }, () => join(once.code)));
    expect(answers.map((r) => r.status).sort()).toEqual([201, 400, 400, 400, 400]);

    const revoked = (await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({}).expect(201)).body;
    await http().delete(`/api/organizations/mine/invitations/${revoked.id}`).set(as(a.token)).expect(204);
    expect((await join(revoked.code).expect(400)).body.message).toContain('撤销');
    const expired = (await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({}).expect(201)).body;
    await app.get(DataSource).query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.id]);
    expect((await join(expired.code).expect(400)).body.message).toContain('过期');
    await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({ maxUses: 0 }).expect(400);
    await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({ expiresInDays: 365 }).expect(400);
  });

  it('keeps invitations, removals and the admin role to the admin, who can hand the role on', async () => {
    const a = await admin();
    const code = (await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({ maxUses: 2 }).expect(201)).body.code;
    const b = (await join(code).expect(201)).body;
    await http().post('/api/organizations/mine/invitations').set(as(b.accessToken)).send({}).expect(403);
    await http().delete(`/api/organizations/mine/members/${a.user.id}`).set(as(b.accessToken)).expect(403);
    await http().delete(`/api/organizations/mine/members/${a.user.id}`).set(as(a.token)).expect(409);
    // another organization's admin cannot reach into this one
    const other = await admin();
    await http().delete(`/api/organizations/mine/members/${b.user.id}`).set(as(other.token)).expect(404);

    const handed = await http().post('/api/organizations/mine/admin').set(as(a.token)).send({ userId: b.user.id }).expect(200);
    expect(handed.body.find((m: { id: string }) => m.id === b.user.id).orgRole).toBe('admin');
    expect((await me(a.token).expect(200)).body.orgRole).toBe('member');
    await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({}).expect(403);
    await http().post('/api/organizations/mine/invitations').set(as(b.accessToken)).send({}).expect(201);
  });

  it('ends a removed member’s sign-in at once: its token answers 401 on the next call, and it cannot sign in again', async () => {
    const a = await admin();
    const code = (await http().post('/api/organizations/mine/invitations').set(as(a.token)).send({}).expect(201)).body.code;
    const body = registration({ organization: undefined, invitationCode: code });
    const m = (await http().post('/api/auth/register').set('X-Forwarded-For', address()).send(body).expect(201)).body;
    await me(m.accessToken).expect(200);
    await http().delete(`/api/organizations/mine/members/${m.user.id}`).set(as(a.token)).expect(204);
    const after = await me(m.accessToken).expect(401);
    expect(after.body.code).toBe('AUTH.TOKEN_REVOKED');
    await http().get('/api/organizations/mine').set(as(m.accessToken)).expect(401);
    const login = await http().post('/api/auth/login').set('X-Forwarded-For', address()).send({ email: body.email, password: body.password }).expect(401);
    expect(login.body.code).toBe('AUTH.REMOVED');
    const members = await http().get('/api/organizations/mine/members').set(as(a.token)).expect(200);
    expect(members.body.map((x: { id: string }) => x.id)).not.toContain(m.user.id);
    await me(a.token).expect(200);
  });

  it('gives staff a verification queue with the credit code check and the admin; approval and rejection (with a reason) are audited', async () => {
    const a = await admin();
    const b = await admin('university');
    await http().get('/api/organizations/verification-queue').set(as(a.token)).expect(403);
    const queue = await http().get('/api/organizations/verification-queue?pageSize=100').set(as(staff)).expect(200);
    const entry = queue.body.items.find((o: { id: string }) => o.id === a.user.organization.id);
    expect(entry).toMatchObject({ verification: 'pending', creditCode: a.body.organization.creditCode, creditCodeValid: true, members: 1, admin: { id: a.user.id, email: a.body.email } });

    await http().post(`/api/organizations/${a.user.organization.id}/verify`).set(as(a.token)).send({ decision: 'approve' }).expect(403);
    expect((await http().post(`/api/organizations/${a.user.organization.id}/verify`).set(as(staff)).send({ decision: 'approve' }).expect(200)).body).toEqual({ id: a.user.organization.id, verification: 'verified' });
    await http().post(`/api/organizations/${a.user.organization.id}/verify`).set(as(staff)).send({ decision: 'reject', comment: '迟到的驳回' }).expect(409);
    expect((await me(a.token).expect(200)).body.organization.verification).toBe('verified');

    await http().post(`/api/organizations/${b.user.organization.id}/verify`).set(as(staff)).send({ decision: 'reject' }).expect(400);
    await http().post(`/api/organizations/${b.user.organization.id}/verify`).set(as(staff)).send({ decision: 'reject', comment: '单位名称与证照不符' }).expect(200);
    const mine = await http().get('/api/organizations/mine').set(as(b.token)).expect(200);
    expect(mine.body).toMatchObject({ verification: 'rejected', verificationComment: '单位名称与证照不符' });

    const after = await http().get('/api/organizations/verification-queue?pageSize=100').set(as(staff)).expect(200);
    expect(after.body.items.map((o: { id: string }) => o.id)).not.toContain(a.user.organization.id);
    const audit = await http().get(`/api/audit?action=organization.verify&subjectId=${b.user.organization.id}`).set(as(staff)).expect(200);
    expect(audit.body.items[0]).toMatchObject({ details: { decision: 'reject', comment: '单位名称与证照不符' } });
  });

  it('narrows the verification queue by words of the name or credit code and by kind, oldest or newest first', async () => {
    const a = await admin();
    const b = await admin('university');
    const c = await admin();
    const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((o) => o.id);
    const byName = await http().get(`/api/organizations/verification-queue?q=${encodeURIComponent(b.body.organization.name)}`).set(as(staff)).expect(200);
    expect(byName.body).toMatchObject({ total: 1, items: [{ id: b.user.organization.id }] });
    const byCode = await http().get(`/api/organizations/verification-queue?q=${a.body.organization.creditCode.slice(2, 12)}`).set(as(staff)).expect(200);
    expect(ids(byCode)).toEqual([a.user.organization.id]);
    // the pattern's own characters are literal: "%" finds no name, it does not match everything
    expect((await http().get('/api/organizations/verification-queue?q=%25').set(as(staff)).expect(200)).body.total).toBe(0);
    const universities = await http().get('/api/organizations/verification-queue?kind=university&pageSize=100').set(as(staff)).expect(200);
    expect(ids(universities)).toContain(b.user.organization.id);
    expect(ids(universities)).not.toContain(a.user.organization.id);
    const newest = await http().get('/api/organizations/verification-queue?kind=enterprise&sort=newest&pageSize=100').set(as(staff)).expect(200);
    expect(ids(newest).indexOf(c.user.organization.id)).toBeLessThan(ids(newest).indexOf(a.user.organization.id));
    expect(ids(newest).indexOf(c.user.organization.id)).toBeGreaterThanOrEqual(0);
    const oldest = await http().get('/api/organizations/verification-queue?kind=enterprise&pageSize=100').set(as(staff)).expect(200);
    expect(ids(oldest).indexOf(a.user.organization.id)).toBeGreaterThanOrEqual(0);
    expect(ids(oldest).indexOf(a.user.organization.id)).toBeLessThan(ids(oldest).indexOf(c.user.organization.id));
    await http().get('/api/organizations/verification-queue?kind=bank').set(as(staff)).expect(400);
    await http().get('/api/organizations/verification-queue?sort=random').set(as(staff)).expect(400);
  });
});
