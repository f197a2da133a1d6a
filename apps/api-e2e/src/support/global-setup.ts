/* eslint-disable */
// Starts the built API once for the whole e2e run (its own database) and tells the specs where.
module.exports = async function () {
  const { ensureServices } = await import('../../../../tools/dev-services/index.mjs');
  if (!process.env.MEILI_URL) Object.assign(process.env, (await ensureServices({ mode: 'test', log: () => undefined, keepRunning: true })).env);
  const { startServer, E2E_STAFF } = await import('../../../../tools/test/e2e-server.mjs');
  const server = await startServer({ name: 'api_e2e', port: Number(process.env.API_E2E_PORT ?? 3101), env: { REGISTER_RATE_LIMIT: '20' } });
  process.env.API_URL = server.url;
  process.env.E2E_STAFF_EMAIL = E2E_STAFF.email;
  process.env.E2E_STAFF_PASSWORD = E2E_STAFF.password;
  (globalThis as { __SERVER__?: { stop: () => Promise<void> } }).__SERVER__ = server;
};
