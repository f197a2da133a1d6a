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

let seq = 0;
export function registration(overrides: Record<string, unknown> = {}) {
  const id = `${Date.now()}-${seq++}`;
  return {
    email: `e2e-${id}@example.com`,
    password: 'e2e-password-123',
    name: '李娜',
    role: 'enterprise',
    organization: { name: `瓯海智能装备有限公司-${id}`, kind: 'enterprise', region: '瓯海区' },
    ...overrides,
  };
}
