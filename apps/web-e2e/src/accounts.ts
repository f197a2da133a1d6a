import { APIRequestContext, expect } from '@playwright/test';

/** The e2e server creates this staff account (tools/test/e2e-server.mjs); override to run elsewhere. */
export const STAFF = {
  email: process.env['E2E_STAFF_EMAIL'] ?? 'staff@e2e.test',
  password: process.env['E2E_STAFF_PASSWORD'] ?? 'staff-password-e2e',
};
export const PASSWORD = 'e2e-password-123';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * A well-formed unified social credit code (GB 32100-2015 check character) that no other test is
 * likely to hold. (Playwright specs cannot import the workspace's libraries.)
 */
export function creditCode(): string {
  const first17 = `91330302${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  const sum = [...first17].reduce((acc, ch, i) => acc + ALPHABET.indexOf(ch) * WEIGHTS[i], 0);
  return first17 + ALPHABET[(31 - (sum % 31)) % 31];
}

export async function staffToken(request: APIRequestContext): Promise<string> {
  return (await (await request.post('/api/auth/login', { data: STAFF })).json()).accessToken;
}

/**
 * Signs up through the API with a new organization, which staff then verify (机构认证) unless
 * `verify` is false. Registration through the UI is covered by identity.spec.ts and catalog.spec.ts.
 */
export async function registerByApi(request: APIRequestContext, role: string, name: string, organization: { name: string; kind: string }, opts: { verify?: boolean } = {}) {
  const email = `e2e-${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const org = organization.kind === 'enterprise' ? { ...organization, creditCode: creditCode() } : organization;
  const answer = await request.post('/api/auth/register', { data: { email, password: PASSWORD, name, role, organization: org } });
  expect(answer.status()).toBe(201);
  const body = await answer.json();
  if (opts.verify ?? true) {
    const verified = await request.post(`/api/organizations/${body.user.organization.id}/verify`, { headers: { authorization: `Bearer ${await staffToken(request)}` }, data: { decision: 'approve' } });
    expect(verified.status()).toBe(200);
  }
  return { email, token: body.accessToken as string, organizationId: body.user.organization.id as string };
}
