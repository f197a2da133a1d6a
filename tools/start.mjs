// `npm start`: build what is needed, bring up missing local services, run the platform (API, web
// app and workers in one process) on PORT (default 3000). Ctrl-C stops everything it started.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureServices, ROOT, ServiceError } from './dev-services/index.mjs';

const say = (m) => process.stdout.write(`[start] ${m}\n`);

async function main() {
  const t0 = Date.now();
  if (process.env.SKIP_BUILD !== '1' || !existsSync(join(ROOT, 'dist/apps/api/main.js'))) {
    say('building the API and the web app (cached when nothing changed)…');
    const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--outputStyle=static'], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    });
    if (build.status !== 0) throw new ServiceError('the build failed (see above)');
  }
  const local = !process.env.DATABASE_URL || !process.env.REDIS_URL || !process.env.MEILI_URL;
  const { env, stop } = await ensureServices({ mode: 'dev', log: (m) => say(m) });
  const port = process.env.PORT ?? '3000';
  const child = spawn(process.execPath, ['--enable-source-maps', join(ROOT, 'dist/apps/api/main.js')], {
    cwd: ROOT,
    stdio: 'inherit',
    env: {
      NODE_ENV: 'production',
      LOCAL_MODE: local ? 'true' : 'false',
      DEMO_SEED: local ? 'true' : 'false',
      WEB_ROOT: join(ROOT, 'dist/apps/web/browser'),
      ...process.env,
      ...env,
      PORT: port,
      PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    },
  });
  let stopping = false;
  const shutdown = (signal) => {
    if (stopping) return;
    stopping = true;
    child.kill(signal);
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  waitHealthy(port, t0).catch(() => undefined);
  const code = await new Promise((res) => child.on('exit', (c) => res(c ?? 0)));
  await stop();
  process.exit(code);
}

async function waitHealthy(port, t0) {
  for (let i = 0; i < 600; i++) {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
    if (res?.status === 200) {
      say(`healthy after ${((Date.now() - t0) / 1000).toFixed(1)} s — open http://127.0.0.1:${port}/ (API docs at /api/docs)`);
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

main().catch((e) => {
  process.stderr.write(`${e instanceof ServiceError ? e.message : e.stack}\n`);
  process.exit(1);
});
