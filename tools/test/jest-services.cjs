// Jest globalSetup of the server projects: when `npm test` has not already provided the services
// (MEILI_URL unset), start what is missing so that `nx test <project>` works on its own. A
// Meilisearch started here keeps running on port 7701 and is reused by the next run.
module.exports = async function jestServices() {
  if (process.env.MEILI_URL && process.env.MEILI_MASTER_KEY) return;
  const { ensureServices } = await import('../dev-services/index.mjs');
  const { env } = await ensureServices({ mode: 'test', log: () => undefined, keepRunning: true });
  Object.assign(process.env, env);
};
