/**
 * Waits for a condition instead of sleeping: reads `get` every 100 ms until `ok` holds, and fails
 * with the last value seen after `timeoutMs`.
 */
export async function eventually<T>(get: () => T | Promise<T>, ok: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(v)?.slice(0, 400)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
