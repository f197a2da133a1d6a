// Starts the built platform (API + web + workers) for end-to-end tests: its own fresh database,
// index and queue prefixes, a known staff account, on the given port.
import { spawn } from 'node:child_process';
import { openSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { ROOT, DATA } from '../dev-services/index.mjs';

const require = createRequire(import.meta.url);

export const E2E_STAFF = { email: 'staff@e2e.test', password: 'staff-password-e2e' };

async function freshDatabase(baseUrl, name) {
  const { Client } = require('pg');
  const u = new URL(baseUrl);
  u.pathname = '/postgres';
  const c = new Client({ connectionString: u.toString() });
  await c.connect();
  try {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}"`);
  } finally {
    await c.end();
  }
  u.pathname = `/${name}`;
  return u.toString();
}

function databaseUrlOf(baseUrl, name) {
  const u = new URL(baseUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Drops the indexes an earlier run with the same prefix left (the database is new too). */
async function dropIndexes(prefix) {
  const headers = { Authorization: `Bearer ${process.env.MEILI_MASTER_KEY}` };
  const res = await fetch(`${process.env.MEILI_URL}/indexes?limit=1000`, { headers });
  const { results } = await res.json();
  for (const { uid } of results.filter((i) => i.uid.startsWith(prefix))) {
    const task = await (await fetch(`${process.env.MEILI_URL}/indexes/${uid}`, { method: 'DELETE', headers })).json();
    for (let i = 0; i < 100; i++) {
      const t = await (await fetch(`${process.env.MEILI_URL}/tasks/${task.taskUid}`, { headers })).json();
      if (t.status === 'succeeded' || t.status === 'failed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

export async function startServer({ name, port, env = {}, fresh = true, waitHealthy = true }) {
  if (!process.env.MEILI_URL) throw new Error('MEILI_URL is not set: start the services first (npm test does)');
  // `fresh: false` joins a database another process of the same name already set up (scale-out tests)
  const databaseUrl = fresh ? await freshDatabase(process.env.DATABASE_URL, `market_test_${name}`) : databaseUrlOf(process.env.DATABASE_URL, `market_test_${name}`);
  if (fresh) await dropIndexes(env.SEARCH_INDEX_PREFIX ?? `e2e_${name}_`);
  mkdirSync(DATA, { recursive: true });
  const logFile = join(DATA, `e2e-${name}-${port}.log`);
  const fd = openSync(logFile, 'w');
  // API_NODE_ARGS: extra node flags for the server, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`
  // to profile it under a benchmark (NODE_OPTIONS refuses --cpu-prof)
  const nodeArgs = process.env.API_NODE_ARGS ? process.env.API_NODE_ARGS.split(' ').filter(Boolean) : [];
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    stdio: ['ignore', fd, fd],
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SEARCH_INDEX_PREFIX: `e2e_${name}_`,
      QUEUE_PREFIX: `e2e-${name}-${Date.now()}`,
      STAFF_EMAIL: E2E_STAFF.email,
      STAFF_PASSWORD: E2E_STAFF.password,
      LOG_LEVEL: 'warn',
      WEB_ROOT: join(ROOT, 'dist/apps/web/browser'),
      ...env,
    },
  });
  let exited = null;
  child.on('exit', (code) => (exited = code));
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60_000;
  for (; waitHealthy; ) {
    if (exited !== null) throw new Error(`the e2e server exited with code ${exited}: see ${logFile}`);
    const res = await fetch(`${url}/api/health`).catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() > until) throw new Error(`the e2e server did not become healthy in 60 s: see ${logFile}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    databaseUrl,
    logFile,
    pid: child.pid,
    stop: () =>
      new Promise((res) => {
        if (exited !== null) return res();
        child.once('exit', () => res());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  };
}

/**
 * A mail catcher for the browser journeys (maildev, as `npm start` runs it): the e2e server sends
 * to its SMTP port, and a test reads what arrived from its REST API (`GET <webUrl>/email`).
 */
export async function startMailCatcher() {
  const MailDev = require('maildev');
  const free = () =>
    new Promise((res, rej) => {
      const s = createServer();
      s.on('error', rej);
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address();
        s.close(() => res(port));
      });
    });
  const smtp = await free();
  const web = await free();
  const catcher = new MailDev({ smtp, web, ip: '127.0.0.1', silent: true });
  await new Promise((res, rej) => catcher.listen((err) => (err ? rej(err) : res())));
  return { smtpUrl: `smtp://127.0.0.1:${smtp}`, webUrl: `http://127.0.0.1:${web}`, stop: () => new Promise((res) => catcher.close(() => res())) };
}
