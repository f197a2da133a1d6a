/* eslint-disable */
module.exports = async function () {
  const servers = (globalThis as { __SERVERS__?: Array<{ stop: () => Promise<void> }> }).__SERVERS__ ?? [];
  await Promise.all(servers.map((s) => s.stop()));
};
