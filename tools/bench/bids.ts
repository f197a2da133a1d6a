/**
 * Hot-lot bidding: accepted bids per second and bid latency (p50/p95/p99) on one lot with 40
 * bidders, each sending its next bid as soon as its last was answered: over the live room's
 * socket (`bid` with an ack) and over HTTP (`POST /api/lots/:id/bids`). Next to them, two anchors
 * measured the same way on the same machine: the framework's floor (a public GET that touches
 * nothing) and raw PostgreSQL single-row UPDATEs on one hot row (one commit each, 40
 * connections). Then the lot close lag (closed_at − ends_at) of lots closed by their jobs.
 *
 *   npm run bench:bids [-- --seconds 10 --bidders 40 --lots 20]
 */
import { Client, Pool } from 'pg';
import { io, type Socket } from 'socket.io-client';
import { AUCTION_SOCKET, type SocketBidAnswer } from '@market/contracts';
import { ensureServices } from '../dev-services/index.mjs';
import { startServer, E2E_STAFF } from '../test/e2e-server.mjs';
import { creditCode } from '../../apps/api-e2e/src/support/api';
import { keepAliveClient } from './http-client';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const BIDDERS = arg('bidders', 40);
const CLOSE_LOTS = arg('lots', 20);

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] : NaN);
const f1 = (x: number) => x.toFixed(1).padStart(9);

interface Hammered {
  accepted: number;
  rejected: number;
  latencies: number[];
  seconds: number;
}

/** `clients` loops for SECONDS, each sending as soon as its last answer came: 201/200 count as accepted, 409 as outbid. */
async function hammer(clients: number, send: (client: number) => Promise<number>): Promise<Hammered> {
  const r: Hammered = { accepted: 0, rejected: 0, latencies: [], seconds: 0 };
  const t0 = performance.now();
  const until = t0 + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (performance.now() < until) {
        const s = performance.now();
        const status = await send(c);
        r.latencies.push(performance.now() - s);
        if (status === 201 || status === 200) r.accepted++;
        else if (status === 409) r.rejected++;
        else throw new Error(`answered ${status}`);
      }
    }),
  );
  r.seconds = (performance.now() - t0) / 1000;
  return r;
}

async function main(): Promise<void> {
  const { env, stop } = await ensureServices({ mode: 'test', log: () => undefined });
  Object.assign(process.env, env);
  // limits off: the load generator's bidders bid far faster than a person (the per-socket default is 10/s)
  const server = await startServer({ name: 'bench_bids', port: 3192, env: { LOG_LEVEL: 'error', REGISTER_RATE_LIMIT: '0', BID_RATE_LIMIT: process.env.BENCH_BID_RATE_LIMIT ?? '1000000' } });
  const api = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  let staff = '';
  /** Signs up with a new organization, which staff verify (机构认证) before it publishes or bids. */
  const register = async (name: string, role: string, org: string, kind: string) => {
    const organization = { name: `${org}-${Date.now()}-${Math.random()}`, kind, ...(kind === 'enterprise' ? { creditCode: creditCode() } : {}) };
    const answer = await api('POST', '/api/auth/register', { email: `${name}-${Date.now()}-${Math.random()}@bench.test`, password: 'bench-password', name, role, organization });
    await api('POST', `/api/organizations/${answer.user.organization.id}/verify`, { decision: 'approve' }, staff);
    return answer;
  };
  try {
    staff = (await api('POST', '/api/auth/login', E2E_STAFF)).accessToken;
    const researcher = (await register('研究员', 'researcher', '基准大学', 'university')).accessToken;
    const publish = async (title: string) => {
      const a = await api('POST', '/api/achievements', { title, summary: '用于竞价基准测试的成果条目，测量热点拍品的出价吞吐。', field: 'advanced_manufacturing', keywords: ['基准'], maturity: 'pilot', transferModes: ['transfer'], askingPrice: 100000, patents: [], region: '鹿城区', inventors: [] }, researcher);
      await api('POST', `/api/achievements/${a.id}/submit`, undefined, researcher);
      await api('POST', `/api/achievements/${a.id}/review`, { decision: 'approve' }, staff);
      return a.id as string;
    };
    // one auction, two hot lots: one hammered over HTTP, one over the live room's socket
    const hot = await api('POST', '/api/auctions', {
      title: '热点拍品基准',
      startsAt: new Date(Date.now() - 1000).toISOString(),
      extensionSeconds: 0,
      lots: [await publish('热点拍品（HTTP）'), await publish('热点拍品（实时通道）')].map((achievementId) => ({ achievementId, startingPrice: 1, increment: 1, deposit: 0, endsAt: new Date(Date.now() + 3600_000).toISOString() })),
    }, staff);
    const [httpLot, socketLot]: string[] = hot.lots.map((l: { id: string }) => l.id);
    const tokens: string[] = [];
    for (let b = 0; b < BIDDERS; b++) {
      const t = (await register(`竞买人${b}`, 'enterprise', `基准竞买企业${b}`, 'enterprise')).accessToken;
      const reg = await api('POST', `/api/auctions/${hot.id}/registrations`, { acceptTerms: true }, t);
      await api('POST', `/api/auctions/${hot.id}/registrations/${reg.id}/confirm-deposit`, { amount: 0, reference: `BENCH-${b}` }, staff);
      tokens.push(t);
    }

    // 1. HTTP: every bidder bids the next amount it knows of, as fast as answers come back
    const client = keepAliveClient(server.url, BIDDERS);
    let next = 1;
    const overHttp = await hammer(BIDDERS, async (b) => (await client.send('POST', `/api/lots/${httpLot}/bids`, { amount: next++ }, { Authorization: `Bearer ${tokens[b]}` })).status);
    // the framework's own floor on this machine: a public route with no auth, no body, no database
    const floor = await hammer(BIDDERS, async () => (await client.send('GET', '/api/config')).status);
    client.close();

    // 2. the live room: the same bidders, each on its own signed-in socket, bidding with acks
    const sockets: Socket[] = await Promise.all(
      tokens.map(
        (token) =>
          new Promise<Socket>((res, rej) => {
            const socket = io(`${server.url}${AUCTION_SOCKET.namespace}`, { transports: ['websocket'], auth: { token }, forceNew: true });
            socket.once('connect', () => res(socket));
            socket.once('connect_error', rej);
          }),
      ),
    );
    next = 1;
    const overSocket = await hammer(BIDDERS, async (b) => {
      const answer: SocketBidAnswer = await sockets[b].emitWithAck(AUCTION_SOCKET.bid, { lotId: socketLot, amount: next++ });
      return answer.ok ? 201 : answer.error.statusCode;
    });
    for (const socket of sockets) socket.disconnect();
    const verified = await Promise.all([httpLot, socketLot].map((id) => api('GET', `/api/lots/${id}/bids/verify`)));

    // 3. the anchor: raw single-row UPDATEs on one hot row, 40 connections, same duration
    const pool = new Pool({ connectionString: server.databaseUrl, max: BIDDERS });
    await pool.query(`CREATE TABLE IF NOT EXISTS bench_hot (id int PRIMARY KEY, n bigint NOT NULL)`);
    await pool.query(`INSERT INTO bench_hot VALUES (1, 0) ON CONFLICT (id) DO UPDATE SET n = 0`);
    const connections = await Promise.all(Array.from({ length: BIDDERS }, () => pool.connect()));
    const raw = await hammer(BIDDERS, async (b) => {
      await connections[b].query('UPDATE bench_hot SET n = n + 1 WHERE id = 1');
      return 201;
    });
    for (const c of connections) c.release();
    await pool.end();

    // 3. close lag: lots ending 250 ms apart, closed by their delayed jobs
    const closingIds: string[] = [];
    for (let i = 0; i < CLOSE_LOTS; i++) closingIds.push(await publish(`收盘拍品${i}`));
    const ends = Date.now() + 3000;
    const closing = await api('POST', '/api/auctions', {
      title: '收盘延迟基准',
      startsAt: new Date(Date.now() - 1000).toISOString(),
      extensionSeconds: 0,
      lots: closingIds.map((achievementId, i) => ({ achievementId, startingPrice: 1, increment: 1, deposit: 0, endsAt: new Date(ends + i * 250).toISOString() })),
    }, staff);
    const db = new Client({ connectionString: server.databaseUrl });
    await db.connect();
    let lags: number[] = [];
    for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
      const rows = await db.query(`SELECT extract(epoch FROM closed_at - ends_at) * 1000 AS lag FROM lots WHERE auction_id = $1 AND status = 'closed'`, [closing.id]);
      lags = rows.rows.map((r) => Number(r.lag));
      if (lags.length === CLOSE_LOTS) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    await db.end();

    const row = (label: string, r: Hammered, accepted = true) =>
      `${label.padEnd(44)} ${f1((accepted ? r.accepted : r.accepted + r.rejected) / r.seconds)} ${f1(pct(r.latencies, 50))} ${f1(pct(r.latencies, 95))} ${f1(pct(r.latencies, 99))}\n`;
    process.stdout.write(`machine: ${(await import('node:os')).cpus().length} cores; ${BIDDERS} bidders on one lot for ${SECONDS} s each\n`);
    process.stdout.write(`${'path'.padEnd(44)} ${'per s'.padStart(9)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'p99 ms'.padStart(9)}\n`);
    process.stdout.write(row('live room socket `bid` (accepted)', overSocket));
    process.stdout.write(row('POST /api/lots/:id/bids (accepted)', overHttp));
    process.stdout.write(row('GET /api/config (HTTP floor, anchor)', floor));
    process.stdout.write(row('raw PG UPDATE one row (anchor)', raw));
    process.stdout.write(`socket: accepted ${overSocket.accepted}, outbid (409) ${overSocket.rejected}; HTTP: accepted ${overHttp.accepted}, outbid (409) ${overHttp.rejected}\n`);
    process.stdout.write(`bid log chains valid: ${verified.map((v) => `${v.valid} (${v.count} bids)`).join(', ')}\n`);
    const figures = (r: Hammered) => ({ acceptedPerSecond: r.accepted / r.seconds, answeredPerSecond: (r.accepted + r.rejected) / r.seconds, p50: pct(r.latencies, 50), p95: pct(r.latencies, 95), p99: pct(r.latencies, 99) });
    process.stdout.write(
      `BENCH_RESULT ${JSON.stringify({
        bids: { socket: figures(overSocket), http: figures(overHttp), floorPerSecond: floor.accepted / floor.seconds, rawPerSecond: raw.accepted / raw.seconds, rawP99: pct(raw.latencies, 99), chainValid: verified.every((v) => v.valid) },
        closeLag: { p50: pct(lags, 50), p99: pct(lags, 99), max: Math.max(...lags), lots: lags.length },
      })}\n`,
    );
    process.stdout.write(`close lag over ${lags.length} lots: p50 ${pct(lags, 50).toFixed(0)} ms, p99 ${pct(lags, 99).toFixed(0)} ms, max ${Math.max(...lags).toFixed(0)} ms\n`);
  } finally {
    await server.stop();
    await stop();
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack ?? e}\n`);
  process.exit(1);
});
