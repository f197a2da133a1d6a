import { creditCode } from '../support/api';
import { io, type Socket } from 'socket.io-client';
import { AUCTION_SOCKET, type Lot } from '@market/contracts';

/**
 * Scale-out on existing engines: two API copies (ROLE=api) and one worker (ROLE=worker) on one
 * PostgreSQL, Redis and Meilisearch. A bid accepted by copy A reaches a browser connected to copy
 * B (socket.io Redis adapter), and the lot is closed by the worker, the only process running jobs.
 * The three processes are started by support/global-setup.ts.
 */
type Server = { url: string };
const a: Server = { url: process.env['SCALE_A_URL'] ?? '' };
const b: Server = { url: process.env['SCALE_B_URL'] ?? '' };

async function json(server: Server, method: string, path: string, body?: unknown, token?: string, address = '10.88.0.1') {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': address, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return JSON.parse(text);
}

async function eventually<T>(get: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(v)?.slice(0, 300)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

it('a bid on one API copy reaches a browser on the other; the worker closes the lot', async () => {
  const staff = (await json(a, 'POST', '/api/auth/login', { email: process.env['E2E_STAFF_EMAIL'], password: process.env['E2E_STAFF_PASSWORD'] })).accessToken;
  const stamp = Date.now();
  const r = await json(a, 'POST', '/api/auth/register', { email: `r-${stamp}@scale.test`, password: 'scale-password', name: '研究员', role: 'researcher', organization: { name: `扩展大学-${stamp}`, kind: 'university' } });
  const e = await json(b, 'POST', '/api/auth/register', { email: `e-${stamp}@scale.test`, password: 'scale-password', name: '企业', role: 'enterprise', organization: { name: `扩展企业-${stamp}`, kind: 'enterprise', creditCode: creditCode() } }, undefined, '10.88.0.2');
  // staff verify both organizations (机构认证), on either copy
  for (const org of [r.user.organization.id, e.user.organization.id]) await json(b, 'POST', `/api/organizations/${org}/verify`, { decision: 'approve' }, staff);
  const [researcher, buyer] = [r.accessToken, e.accessToken];
  const achievement = await json(a, 'POST', '/api/achievements', { title: '多实例部署验证成果', summary: '用于验证多个接口实例与独立任务进程协同工作的成果条目。', field: 'other', keywords: ['扩展'], maturity: 'pilot', transferModes: ['transfer'], askingPrice: 200000, patents: [], region: '鹿城区', inventors: ['王'] }, researcher);
  await json(a, 'POST', `/api/achievements/${achievement.id}/submit`, undefined, researcher);
  await json(b, 'POST', `/api/achievements/${achievement.id}/review`, { decision: 'approve' }, staff);
  const auction = await json(b, 'POST', '/api/auctions', { title: '扩展验证竞价', startsAt: new Date(Date.now() - 1000).toISOString(), extensionSeconds: 0, lots: [{ achievementId: achievement.id, startingPrice: 1000, increment: 100, deposit: 0, endsAt: new Date(Date.now() + 8000).toISOString() }] }, staff);
  const lotId: string = auction.lots[0].id;
  const reg = await json(a, 'POST', `/api/auctions/${auction.id}/registrations`, { acceptTerms: true }, buyer);
  await json(b, 'POST', `/api/auctions/${auction.id}/registrations/${reg.id}/confirm-deposit`, { amount: 0, reference: 'SCALE-OUT-1' }, staff);

  const socket: Socket = io(`${b.url}${AUCTION_SOCKET.namespace}`, { transports: ['websocket'], forceNew: true });
  try {
    const updates: Lot[] = [];
    socket.on(AUCTION_SOCKET.lotUpdated, (l: Lot) => updates.push(l));
    await socket.timeout(5000).emitWithAck(AUCTION_SOCKET.join, { lotId });
    await json(a, 'POST', `/api/lots/${lotId}/bids`, { amount: 1000 }, buyer);
    const seen = await eventually(() => updates[updates.length - 1], (l) => l?.bidCount === 1);
    expect(seen).toMatchObject({ id: lotId, currentPrice: 1000, leadingPaddle: reg.paddleNumber });
    const closed = await eventually(() => updates[updates.length - 1], (l) => l?.status === 'closed');
    expect(closed).toMatchObject({ result: 'sold', currentPrice: 1000 });
  } finally {
    socket.disconnect();
  }
});
