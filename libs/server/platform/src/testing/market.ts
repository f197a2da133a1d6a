import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { testCreditCode } from './organizations';

/** The staff account every test app gets at start-up (testEnvironment sets STAFF_EMAIL/PASSWORD). */
export const TEST_STAFF_LOGIN = { email: 'staff@market.test', password: 'staff-password-2026' } as const;

export interface TestUser {
  id: string;
  organizationId: string;
  token: string;
}

type Role = 'researcher' | 'enterprise' | 'broker';
type Kind = 'university' | 'institute' | 'enterprise' | 'agency';

/** An achievement body that passes validation; tests override what they are about. */
export const achievementBody = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '一种钙钛矿光伏组件的柔性封装工艺',
  summary: '面向工业现场的成熟技术成果，已在多个站点完成中试验证，可提供技术许可与转让。',
  field: 'new_energy',
  keywords: ['光伏'],
  maturity: 'pilot',
  transferModes: ['license'],
  askingPrice: 600_000,
  patents: [],
  region: '瑞安市',
  inventors: ['周明'],
  ...o,
});

/** A need body that passes validation (deadline 90 days ahead). */
export const needBody = (o: Record<string, unknown> = {}): Record<string, unknown> => ({
  title: '求购光伏组件封装技术',
  description: '企业计划新建组件产线，需要湿热环境下可靠的封装工艺，欢迎高校院所合作开发。',
  field: 'new_energy',
  keywords: ['光伏'],
  budgetMin: 100_000,
  budgetMax: 1_000_000,
  deadline: new Date(Date.now() + 90 * 86_400_000).toISOString(),
  region: '瑞安市',
  cooperationModes: ['license'],
  ...o,
});

let addresses = 0;

/**
 * The people of an integration test, over HTTP only, as users would act: sign-up per role with a
 * new organization that staff verify, staff sign-in, and the review flow that publishes a listing.
 * One copy for every context's tests (they used to write it five times). Needs a test app with
 * the identity and catalog modules.
 */
export class TestMarket {
  readonly users: Record<string, TestUser> = {};

  /** The app, or a function that names the current one (tests that restart the app hand one over). */
  constructor(private readonly app: INestApplication | (() => INestApplication)) {}

  http() {
    return request((typeof this.app === 'function' ? this.app() : this.app).getHttpServer());
  }

  /** The Authorization header of a signed-up user (or `staff`). */
  as(key: string): { Authorization: string } {
    const user = this.users[key];
    if (!user) throw new Error(`TestMarket: nobody signed up as "${key}"`);
    return { Authorization: `Bearer ${user.token}` };
  }

  /** Signs the test app's staff account in, under the key `staff`. */
  async staff(): Promise<TestUser> {
    if (this.users['staff']) return this.users['staff'];
    const res = await this.http().post('/api/auth/login').send(TEST_STAFF_LOGIN).expect(200);
    return (this.users['staff'] = { id: res.body.user.id, organizationId: res.body.user.organization.id, token: res.body.accessToken });
  }

  /**
   * Registers `key` with a new organization (enterprises get a valid credit code), from an
   * address of its own so that the registration limit never bites, and has staff verify the
   * organization unless `verified: false`.
   */
  async signUp(key: string, role: Role, organization: { name: string; kind: Kind }, opts: { verified?: boolean } = {}): Promise<TestUser> {
    const user = await this.register(key, role, { organization: organization.kind === 'enterprise' ? { ...organization, creditCode: testCreditCode() } : organization });
    if (opts.verified ?? true) {
      await this.staff();
      await this.http().post(`/api/organizations/${user.organizationId}/verify`).set(this.as('staff')).send({ decision: 'approve' }).expect(200);
    }
    return user;
  }

  /** Registers `key` into an existing organization with an invitation code from its admin. */
  async join(key: string, role: Role, invitationCode: string): Promise<TestUser> {
    return this.register(key, role, { invitationCode });
  }

  private async register(key: string, role: Role, how: Record<string, unknown>): Promise<TestUser> {
    const n = ++addresses;
    const res = await this.http()
      .post('/api/auth/register')
      .set('X-Forwarded-For', `10.${100 + (n >> 16)}.${(n >> 8) & 255}.${n & 255}`)
      .send({ email: `${key}-${Date.now()}-${n}@example.com`, password: 'password-1234', name: key, role, ...how })
      .expect(201);
    return (this.users[key] = { id: res.body.user.id, organizationId: res.body.user.organization.id, token: res.body.accessToken });
  }

  /** Creates, submits and approves a listing of `owner`; returns its id. */
  async publish(path: 'achievements' | 'needs', owner: string, body: Record<string, unknown>): Promise<string> {
    await this.staff();
    const created = await this.http().post(`/api/${path}`).set(this.as(owner)).send(body).expect(201);
    await this.http().post(`/api/${path}/${created.body.id}/submit`).set(this.as(owner)).expect(200);
    await this.http().post(`/api/${path}/${created.body.id}/review`).set(this.as('staff')).send({ decision: 'approve' }).expect(200);
    return created.body.id;
  }

  /** Registers `key`'s enterprise for an auction and has staff confirm its deposit; returns the registration. */
  async approvedBidder(key: string, auctionId: string): Promise<{ id: string; paddleNumber: number }> {
    await this.staff();
    const reg = await this.http().post(`/api/auctions/${auctionId}/registrations`).set(this.as(key)).send({ acceptTerms: true }).expect(201);
    const { body: auction } = await this.http().get(`/api/auctions/${auctionId}`).expect(200);
    const confirmed = await this.http()
      .post(`/api/auctions/${auctionId}/registrations/${reg.body.id}/confirm-deposit`)
      .set(this.as('staff'))
      .send({ amount: auction.rules.deposit.amount, reference: `TEST-${reg.body.id.slice(0, 8)}` })
      .expect(200);
    return { id: confirmed.body.id, paddleNumber: confirmed.body.paddleNumber };
  }
}
