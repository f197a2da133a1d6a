import { Injectable, Module, type INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestApp } from '../../testing';
import { Outbox } from './outbox.service';
import { OutboxBatchHandler, OutboxHandler } from './outbox-handler.decorator';

// Integration: the outbox against the real PostgreSQL (real migrations) and Redis (drain jobs).

const TOPIC = 'test.effect';
const BATCH_TOPIC = 'test.batch';

// the test's own topics, added to the one outbox map for this file only
declare module '@market/server/events' {
  interface OutboxPayloads {
    'test.effect': { key: string };
    'test.batch': { key: string };
  }
}

/** A handler the tests steer: it records each delivery, and may hold, fail or hang. */
@Injectable()
class Effects {
  delivered: string[] = [];
  running = 0;
  maxRunning = 0;
  /** While set, every delivery waits for it. */
  gate: Promise<void> | null = null;
  failOnce = new Set<string>();
  hang = new Set<string>();
  /** Deliveries of these keys wait for their promise. */
  slow = new Map<string, Promise<void>>();

  @OutboxHandler(TOPIC)
  async apply(payload: Record<string, unknown>): Promise<void> {
    const key = String(payload['key']);
    this.running++;
    this.maxRunning = Math.max(this.maxRunning, this.running);
    try {
      if (this.hang.has(key)) await new Promise(() => undefined);
      if (this.gate) await this.gate;
      await this.slow.get(key);
      if (this.failOnce.delete(key)) throw new Error(`planned failure of ${key}`);
      this.delivered.push(key);
    } finally {
      this.running--;
    }
  }
}

/** A batch handler: takes the payloads of one claim together. */
@Injectable()
class BatchEffects {
  batches: string[][] = [];
  attempted: string[][] = [];
  failNext = false;

  @OutboxBatchHandler(BATCH_TOPIC)
  async apply(payloads: Array<Record<string, unknown>>): Promise<void> {
    this.attempted.push(payloads.map((p) => String(p['key'])));
    if (this.failNext) {
      this.failNext = false;
      throw new Error('planned batch failure');
    }
    this.batches.push(payloads.map((p) => String(p['key'])));
  }
}

@Module({ providers: [Effects, BatchEffects] })
class EffectsModule {}

let app: INestApplication;
let ds: DataSource;
let outbox: Outbox;
let effects: Effects;

async function add(...keys: string[]): Promise<void> {
  await ds.transaction(async (m) => {
    for (const key of keys) await outbox.add(m, TOPIC, { key });
  });
}

async function row(key: string): Promise<{ attempts: number; processed: boolean; leased: boolean; last_error: string | null; due_in_s: number }> {
  const [r] = await ds.query(
    `SELECT attempts, processed_at IS NOT NULL AS processed, locked_until > now() AS leased, last_error,
            extract(epoch FROM available_at - now())::float AS due_in_s
       FROM outbox WHERE payload->>'key' = $1`,
    [key],
  );
  return { ...r, leased: r.leased === true };
}

async function until<T>(get: () => Promise<T> | T, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await get();
    if (ok(v)) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

function openGate(): () => void {
  let open!: () => void;
  effects.gate = new Promise<void>((res) => (open = res));
  return () => {
    effects.gate = null;
    open();
  };
}

beforeAll(async () => {
  app = await createTestApp('outbox', { entities: [], migrations: [], modules: [EffectsModule] }, { OUTBOX_CONCURRENCY: '3', OUTBOX_LEASE_SECONDS: '2' });
  ds = app.get(DataSource);
  outbox = app.get(Outbox);
  effects = app.get(Effects);
});

afterAll(async () => {
  effects.hang.clear();
  await app?.close();
});

beforeEach(async () => {
  await outbox.drain();
  effects.delivered = [];
  effects.maxRunning = 0;
});

it('holds no transaction while handlers run: the claim commits at once and the lease keeps the rows', async () => {
  const release = openGate();
  await add('tx-1', 'tx-2');
  const draining = outbox.drain();
  await until(() => effects.running, (n) => n === 2);
  const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND state LIKE 'idle in transaction%'`);
  expect(count).toBe(0);
  expect(await row('tx-1')).toMatchObject({ attempts: 1, processed: false, leased: true });
  release();
  await draining;
  expect(effects.delivered.sort()).toEqual(['tx-1', 'tx-2']);
  expect(await row('tx-1')).toMatchObject({ attempts: 1, processed: true, leased: false, last_error: null });
});

it('runs at most OUTBOX_CONCURRENCY handlers at once, and delivers every row once', async () => {
  const keys = Array.from({ length: 40 }, (_, i) => `many-${i}`);
  await add(...keys);
  const release = openGate();
  const draining = outbox.drain();
  await until(() => effects.running, (n) => n === 3);
  release();
  await draining;
  expect(effects.maxRunning).toBe(3);
  expect(effects.delivered.sort()).toEqual([...keys].sort());
  const [{ pending }] = await ds.query(`SELECT count(*)::int AS pending FROM outbox WHERE processed_at IS NULL`);
  expect(pending).toBe(0);
});

it('runs one drain at a time: a drain asked for meanwhile joins it, and it goes round again for rows added since', async () => {
  const release = openGate();
  await add('first');
  const a = outbox.drain();
  await until(() => effects.running, (n) => n === 1);
  await add('added-meanwhile');
  const b = outbox.drain();
  expect(b).toBe(a);
  expect(outbox.activity()).toMatchObject({ draining: true, handlerSlots: 3 });
  release();
  await b;
  expect(effects.delivered).toEqual(['first', 'added-meanwhile']);
  expect(outbox.activity()).toMatchObject({ draining: false, handlersRunning: 0 });
});

it('sends idle lanes after rows added during a drain at once, not after its slowest handler', async () => {
  let finishSlow!: () => void;
  effects.slow.set('slow', new Promise<void>((res) => (finishSlow = res)));
  await add('slow');
  const draining = outbox.drain();
  await until(() => effects.running, (n) => n === 1);
  await add('quick');
  void outbox.drain(); // what the kick after the commit does
  await until(() => effects.delivered, (d) => d.includes('quick'), 5000);
  expect(effects.delivered).toEqual(['quick']);
  finishSlow();
  await draining;
  effects.slow.clear();
  expect(effects.delivered).toEqual(['quick', 'slow']);
});

it('marks a failing row for a retry with backoff, then delivers it', async () => {
  effects.failOnce.add('flaky');
  await add('flaky');
  await outbox.drain();
  const failed = await row('flaky');
  expect(failed).toMatchObject({ attempts: 1, processed: false, leased: false, last_error: 'planned failure of flaky' });
  expect(failed.due_in_s).toBeGreaterThan(0);
  expect(failed.due_in_s).toBeLessThanOrEqual(1);
  await until(async () => (await outbox.drain(), row('flaky')), (r) => r.processed, 5000);
  expect(effects.delivered).toEqual(['flaky']);
  expect(await row('flaky')).toMatchObject({ attempts: 2, last_error: null });
});

it("takes over a crashed worker's rows when their lease lapses, not before", async () => {
  await add('orphan');
  // as a worker that claimed the row and died would leave it
  await ds.query(`UPDATE outbox SET locked_until = now() + interval '1.5 seconds', attempts = 1 WHERE payload->>'key' = 'orphan'`);
  await outbox.drain();
  expect(effects.delivered).toEqual([]);
  await until(async () => (await outbox.drain(), effects.delivered), (d) => d.length > 0, 5000);
  expect(effects.delivered).toEqual(['orphan']);
  expect(await row('orphan')).toMatchObject({ attempts: 2, processed: true });
});

it('hands the rows of a batch topic to their handler together, and retries them all when it fails', async () => {
  const batch = app.get(BatchEffects);
  await ds.transaction(async (m) => {
    for (let i = 0; i < 5; i++) await outbox.add(m, BATCH_TOPIC, { key: `b-${i}` });
    await outbox.add(m, TOPIC, { key: 'single' });
  });
  batch.failNext = true;
  await outbox.drain();
  // one call with all five, which failed: every row of it is due again
  expect(batch.attempted).toEqual([['b-0', 'b-1', 'b-2', 'b-3', 'b-4']]);
  expect(batch.batches).toEqual([]);
  expect(effects.delivered).toEqual(['single']);
  for (const key of ['b-0', 'b-4']) expect(await row(key)).toMatchObject({ attempts: 1, processed: false, last_error: 'planned batch failure' });
  // (each row's retry time was set by its own statement, so the retry may come in two claims)
  await until(async () => (await outbox.drain(), batch.batches.flat().length), (n) => n === 5, 5000);
  expect(batch.batches.flat().sort()).toEqual(['b-0', 'b-1', 'b-2', 'b-3', 'b-4']);
  expect(await row('b-3')).toMatchObject({ attempts: 2, processed: true });
});

it('gives up on a handler that hangs (half the lease) and leaves its row for a retry', async () => {
  effects.hang.add('stuck');
  await add('stuck', 'fine');
  const t0 = Date.now();
  await outbox.drain();
  expect(Date.now() - t0).toBeLessThan(3000);
  expect(effects.delivered).toEqual(['fine']);
  expect(await row('stuck')).toMatchObject({ attempts: 1, processed: false, leased: false, last_error: 'handler did not finish within 1000 ms' });
  effects.hang.delete('stuck');
  await until(async () => (await outbox.drain(), row('stuck')), (r) => r.processed, 5000);
});
