// `npm test`: lint, type-check, unit + integration tests, builds, API e2e and Playwright e2e,
// against real PostgreSQL, Redis and Meilisearch that it brings up itself (test databases and
// index prefixes of their own, so a running dev instance is not touched). Ends with a summary.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ensureServices, ROOT, ServiceError } from '../dev-services/index.mjs';
import { startMailCatcher, startServer } from './e2e-server.mjs';

const say = (m) => process.stdout.write(`\n[test] ${m}\n`);
const only = process.argv.slice(2); // e.g. `npm test -- unit e2e`
const wanted = (step) => only.length === 0 || only.includes(step);
// `E2E_ONLY="deals authorization" npm test -- api-e2e`: run only the e2e spec files matching these.
const e2eOnly = (process.env.E2E_ONLY ?? '').split(/\s+/).filter(Boolean);

function run(cmd, args, env) {
  return new Promise((res) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' } });
    child.on('exit', (code) => res(code ?? 1));
  });
}

async function main() {
  const t0 = Date.now();
  const { env, stop } = await ensureServices({ mode: 'test', log: (m) => say(m) });
  Object.assign(process.env, env);
  const results = [];
  const step = async (name, fn) => {
    if (!wanted(name)) return;
    const t = Date.now();
    say(`${name} …`);
    const code = await fn();
    results.push({ name, ok: code === 0, seconds: (Date.now() - t) / 1000 });
    say(`${name}: ${code === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  };
  const nx = (...args) => run('npx', ['nx', ...args, '--outputStyle=static'], env);
  try {
    await step('lint', async () => (await nx('run-many', '-t', 'lint', '--parallel=2')) || run(process.execPath, [join(ROOT, 'tools/lint/boundaries.mjs')], env));
    await step('typecheck', () => run(process.execPath, [join(ROOT, 'tools/test/typecheck.mjs')], env));
    await step('unit', () => nx('run-many', '-t', 'test', '--parallel=2', '--exclude=api-e2e,web-e2e', '--skip-nx-cache'));
    await step('build', () => nx('run-many', '-t', 'build', '-p', 'api', 'web'));
    await step('api-e2e', () => run('npx', ['jest', '-c', 'apps/api-e2e/jest.config.cts', '--runInBand', ...e2eOnly], env));
    await step('web-e2e', async () => {
      // e-mail goes to a catcher the journeys read; digests are due at once and looked for every second
      const mail = await startMailCatcher();
      const port = Number(process.env.WEB_E2E_PORT ?? 3100);
      const server = await startServer({
        name: 'web_e2e',
        port,
        env: { SMTP_URL: mail.smtpUrl, MAIL_SWEEP_MS: '1000', DIGEST_HOUR: '0', PUBLIC_URL: `http://127.0.0.1:${port}` },
      }).catch(async (e) => {
        await mail.stop();
        throw e;
      });
      try {
        return await run('npx', ['playwright', 'test', '-c', 'apps/web-e2e/playwright.config.mts', ...e2eOnly], { E2E_BASE_URL: server.url, E2E_MAIL_URL: mail.webUrl });
      } finally {
        await server.stop();
        await mail.stop();
      }
    });
  } finally {
    await stop();
  }
  const passed = results.filter((r) => r.ok).length;
  process.stdout.write('\n── summary ──\n');
  for (const r of results) process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name.padEnd(10)} ${r.seconds.toFixed(1)} s\n`);
  process.stdout.write(`total time: ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
  process.stdout.write(`steps: ${passed} passed, ${results.length - passed} failed\n`);
  process.exit(passed === results.length ? 0 : 1);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof ServiceError ? e.message : e.stack}\n`);
  process.exit(1);
});
