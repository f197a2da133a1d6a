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
  // The scale-out shape for src/scale: two API copies and one worker on one database, Redis and
  // Meilisearch (a spec cannot import the ESM launcher itself under ts-jest).
  const shared = { QUEUE_PREFIX: `e2e-scale-${Date.now()}`, REGISTER_RATE_LIMIT: '0', LOG_LEVEL: 'warn' };
  const a = await startServer({ name: 'scale_out', port: 3121, env: { ...shared, ROLE: 'api' } });
  const b = await startServer({ name: 'scale_out', port: 3122, env: { ...shared, ROLE: 'api' }, fresh: false });
  const worker = await startServer({ name: 'scale_out', port: 3123, env: { ...shared, ROLE: 'worker' }, fresh: false, waitHealthy: false });
  process.env.SCALE_A_URL = a.url;
  process.env.SCALE_B_URL = b.url;
  (globalThis as { __SERVERS__?: Array<{ stop: () => Promise<void> }> }).__SERVERS__ = [server, a, b, worker];
};
