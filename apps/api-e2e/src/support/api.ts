import { creditCodeCheckCharacter } from '@market/shared/validators';
/** A tiny fetch wrapper for the specs: every call names the client address it speaks from. */
export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

let n = 0;
/** A fresh client address per caller (the server trusts X-Forwarded-For from loopback). */
export const newAddress = () => `10.77.${Math.floor(n / 250)}.${(n++ % 250) + 1}`;

export async function call<T = Record<string, unknown>>(
  method: string,
  path: string,
  opts: { body?: unknown; token?: string; address?: string; raw?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'X-Forwarded-For': opts.address ?? newAddress() };
  if (opts.body !== undefined || opts.raw !== undefined) headers['Content-Type'] = 'application/json';
  if (opts.token) headers['Authorization'] = `Bearer ${opts.token}`;
  const res = await fetch(`${process.env['API_URL']}${path}`, {
    method,
    headers,
    body: opts.raw ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body)),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON (the web app's HTML)
  }
  return { status: res.status, headers: res.headers, body: body as T };
}

/** A well-formed credit code (GB 32100-2015 check character) that no other sign-up is likely to hold. */
export function creditCode(): string {
  const first17 = `91330304${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

let seq = 0;
/** A sign-up body that creates its own organization (an enterprise's gets a credit code unless one is given). */
export function registration(overrides: Record<string, unknown> = {}) {
  const id = `${Date.now()}-${seq++}`;
  const body: Record<string, unknown> = {
    email: `e2e-${id}@example.com`,
    password: 'e2e-password-123',
    name: '李娜',
    role: 'enterprise',
    organization: { name: `瓯海智能装备有限公司-${id}`, kind: 'enterprise', region: '瓯海区' },
    ...overrides,
  };
  const org = body['organization'] as Record<string, unknown> | undefined;
  if (org && org['kind'] === 'enterprise' && !('creditCode' in org)) body['organization'] = { ...org, creditCode: creditCode() };
  return body;
}

let staffToken: string | null = null;
/** Staff verify an organization (机构认证), as they would after checking its papers. */
export async function verifyOrganization(organizationId: string): Promise<void> {
  staffToken ??= (await call<{ accessToken: string }>('POST', '/api/auth/login', { body: { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] } })).body.accessToken;
  const res = await call('POST', `/api/organizations/${organizationId}/verify`, { body: { decision: 'approve' }, token: staffToken });
  if (res.status !== 200) throw new Error(`verifying ${organizationId}: ${res.status} ${JSON.stringify(res.body)}`);
}
