/* eslint-disable */
module.exports = async function () {
  await (globalThis as { __SERVER__?: { stop: () => Promise<void> } }).__SERVER__?.stop();
};
