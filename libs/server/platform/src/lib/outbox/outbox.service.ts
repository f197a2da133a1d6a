import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JOBS, type OutboxPayloads, type OutboxTopic } from '@market/server/events';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../config/app-config';
import { JobHandler } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/queue.module';
import { updateReturning } from '../database/update-returning';
import { OUTBOX_HANDLER, type OutboxHandlerMeta } from './outbox-handler.decorator';
import { WorkersThread } from '../process/workers-thread';
import { handlerTimeoutMs, mayStart, retryDelaySeconds } from './outbox-policy';

type Payload = Record<string, unknown>;
/** Every handler as the drain calls it: the payloads of one delivery (one row, or a batch's rows). */
type TopicFn = (payloads: Payload[]) => Promise<void>;

/** A row this process holds a lease on; `attempts` is the claim's fencing token. */
interface Claimed {
  id: string;
  topic: string;
  payload: Payload;
  attempts: number;
  leaseEndsAtMs: number;
}

/** One handler call: a row, or all rows of a batch topic from one claim. */
interface Delivery {
  topic: string;
  rows: Claimed[];
}

const PERIODIC_DRAIN_MS = 5000;
/** Rows claimed at once: a few per handler slot, so that claims stay well inside their lease. */
const CLAIMS_PER_SLOT = 4;
/** How long a shutdown waits for running handlers before it leaves their rows to the lease. */
const SHUTDOWN_GRACE_MS = 4000;

/** What the drain is doing, for /api/health and the tests. */
export interface OutboxActivity {
  draining: boolean;
  handlersRunning: number;
  handlerSlots: number;
}

class HandlerTimeout extends Error {}

/**
 * The transactional outbox (docs/decisions/0001 and 0006). Rows are written in the caller's
 * transaction; the drain claims them with a lease in one committed statement, runs their handlers
 * with no transaction or connection of its own held, and marks each row in a short statement of
 * its own. At most one drain runs per process, with at most `outboxConcurrency` handlers at once.
 */
@Injectable()
export class Outbox implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private handlers = new Map<string, TopicFn>();
  private batchTopics = new Set<string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopping = false;
  private handlersRunning = 0;
  /** Lanes of the running drain waiting for something to do. */
  private wakers: Array<() => void> = [];
  /** Per topic, the handlers run by the current drain and their time, for its closing log line. */
  private readonly timings = new Map<string, { n: number; ms: number }>();
  private readonly slots: number;
  private readonly leaseSeconds: number;
  private readonly timeoutMs: number;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly thread: WorkersThread,
  ) {
    this.slots = config.outboxConcurrency;
    this.leaseSeconds = config.outboxLeaseSeconds;
    this.timeoutMs = handlerTimeoutMs(this.leaseSeconds);
  }

  async onApplicationBootstrap(): Promise<void> {
    this.handlers = this.discoverHandlers();
    if (runsWorkers(this.config)) {
      // The safety net: whatever a lost kick left behind is delivered within a few seconds. It runs
      // from this process's own timer, not from Redis, so it also works while Redis is down or
      // after Redis lost its data. While a drain runs, a tick only asks it to go round once more.
      this.timer = setInterval(() => {
        this.drain().catch((e: Error) => this.logger.warn(`periodic drain failed: ${e.message}`));
      }, PERIODIC_DRAIN_MS);
      // never the reason a process stays alive: servers have their sockets, workers their queues
      this.timer.unref();
      await this.kick('start-up');
    }
  }

  /**
   * Stops claiming and gives running handlers a moment; what is still running then is abandoned
   * (its rows' leases lapse and another worker takes them), so a stuck handler cannot hold up a
   * shutdown. Runs before the database pool closes.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.wakeLanes();
    const running = this.running;
    if (!running) return;
    let timer: NodeJS.Timeout | undefined;
    const gaveUp = await Promise.race([
      running.then(() => false, () => false),
      new Promise<boolean>((res) => {
        timer = setTimeout(() => res(true), SHUTDOWN_GRACE_MS);
      }),
    ]);
    clearTimeout(timer);
    if (gaveUp) this.logger.warn(`shutdown: left ${this.handlersRunning} running handler(s) to their leases`);
  }

  /** This process's drain: its own, or the one its workers' thread reports. */
  activity(): OutboxActivity {
    if (!runsWorkers(this.config)) return this.thread.activity() ?? { draining: false, handlersRunning: 0, handlerSlots: 0 };
    return { draining: this.running !== null, handlersRunning: this.handlersRunning, handlerSlots: this.slots };
  }

  private discoverHandlers(): Map<string, TopicFn> {
    const handlers = new Map<string, TopicFn>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const meta = this.reflector.get<OutboxHandlerMeta | undefined>(OUTBOX_HANDLER, proto[method]);
        if (!meta) continue;
        if (handlers.has(meta.topic)) throw new Error(`outbox topic "${meta.topic}" has two handlers`);
        const fn = (instance[method] as (p: Payload | Payload[]) => Promise<void>).bind(instance);
        if (meta.batch) this.batchTopics.add(meta.topic);
        handlers.set(meta.topic, meta.batch ? fn : ([payload]) => fn(payload));
      }
    }
    return handlers;
  }

  /** Records an event inside the caller's transaction. Call `kick()` after the commit. */
  async add<T extends OutboxTopic>(manager: EntityManager, topic: T, payload: OutboxPayloads[T]): Promise<void> {
    await manager.query('INSERT INTO outbox (topic, payload) VALUES ($1, $2)', [topic, JSON.stringify(payload)]);
  }

  /** Asks a worker to drain now; the periodic drain picks up anything a lost kick left behind. */
  async kick(reason: string): Promise<void> {
    try {
      await this.jobs.add(JOBS.outboxDrain, { reason });
    } catch (e) {
      // Redis may be down: the event is safe in Postgres and the periodic drain will deliver it.
      this.logger.warn(`could not enqueue an outbox drain (${reason}): ${(e as Error).message}`);
    }
  }

  /**
   * The queue's drain job starts a drain (or asks the running one to go round again) and returns
   * at once: a job that waited would hold one of the queue's slots for the whole burst.
   */
  @JobHandler(JOBS.outboxDrain)
  async drainJob(): Promise<string> {
    const joined = this.running !== null;
    this.drain().catch((e: Error) => this.logger.warn(`drain failed: ${e.message}`));
    return joined ? 'joined the running drain' : 'drain started';
  }

  /**
   * Delivers everything that is due, and resolves when it is done: also with what was added
   * while an earlier drain was running, which is asked to go round once more instead of a second
   * drain starting beside it. Resolves to the number of rows delivered.
   */
  drain(): Promise<number> {
    if (this.running) {
      this.again = true;
      this.wakeLanes();
      return this.running;
    }
    this.running = this.drainUntilQuiet().finally(() => {
      this.running = null;
      // asked for after the last round had looked for rows, but before this drain ended:
      // go again now instead of leaving those rows to the periodic drain
      if (this.again && !this.stopping) this.drain().catch((e: Error) => this.logger.warn(`drain failed: ${e.message}`));
    });
    return this.running;
  }

  private async drainUntilQuiet(): Promise<number> {
    let delivered = 0;
    const t0 = Date.now();
    this.timings.clear();
    do {
      this.again = false;
      delivered += await this.drainOnce();
    } while (this.again && !this.stopping);
    if (delivered > 0) {
      const topics = [...this.timings].map(([topic, t]) => `${topic} ${t.n} rows, ${(t.ms / t.n).toFixed(0)} ms of handler time each`).join(', ');
      this.logger.log(`delivered ${delivered} in ${Date.now() - t0} ms (${topics})`);
    }
    return delivered;
  }

  /**
   * One pass: `slots` lanes take rows from a local queue, refilled by one claim at a time, until
   * nothing is due and no lane is busy. Each lane runs one handler at a time, so handlers hold at
   * most `slots` connections together, well below the pool size, and HTTP requests always find
   * one. A kick while some lane is still busy (an index update waiting for Meilisearch) sends the
   * idle lanes claiming again at once: the rows of a burst do not wait for the slowest handler of
   * the rows before them.
   */
  private async drainOnce(): Promise<number> {
    const queue: Delivery[] = [];
    let exhausted = false;
    let claiming: Promise<void> | null = null;
    let delivered = 0;
    // lanes inside deliver(), marks included (handlersRunning drops before the rows are marked)
    let busy = 0;
    const refill = async () => {
      const rows = await this.claim(this.slots * CLAIMS_PER_SLOT);
      queue.push(...this.deliveries(rows));
      if (rows.length < this.slots * CLAIMS_PER_SLOT) exhausted = true;
    };
    const lane = async () => {
      for (;;) {
        if (this.stopping) return;
        const next = queue.shift();
        if (next) {
          busy++;
          try {
            delivered += await this.deliver(next);
          } finally {
            busy--;
            this.wakeLanes();
          }
          continue;
        }
        if (!exhausted) {
          claiming ??= refill().finally(() => {
            claiming = null;
          });
          await claiming;
          continue;
        }
        if (this.again) {
          // a kick since the last claim: there may be rows again
          this.again = false;
          exhausted = false;
          continue;
        }
        if (busy === 0) return; // no work left and none running that could be followed by a kick's rows
        await new Promise<void>((resolve) => this.wakers.push(resolve));
      }
    };
    await Promise.all(Array.from({ length: this.slots }, lane));
    return delivered;
  }

  /** Idle lanes look again: after a kick, a finished handler or the start of a shutdown. */
  private wakeLanes(): void {
    const wakers = this.wakers;
    this.wakers = [];
    for (const wake of wakers) wake();
  }

  /**
   * Takes due rows whose lease is free or lapsed, in one statement that commits at once: the
   * lease, not a lock, keeps other workers off them, and a crashed worker's rows come back when
   * their lease lapses. SKIP LOCKED lets two claims at the same moment take different rows.
   */
  private async claim(limit: number): Promise<Claimed[]> {
    const leaseEndsAtMs = Date.now() + this.leaseSeconds * 1000;
    const rows = await updateReturning<{ id: string; topic: string; payload: Record<string, unknown>; attempts: number }>(
      this.dataSource,
      `UPDATE outbox o SET locked_until = now() + make_interval(secs => $2), attempts = o.attempts + 1
         FROM (SELECT id FROM outbox
                WHERE processed_at IS NULL AND available_at <= now() AND (locked_until IS NULL OR locked_until <= now())
                ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) due
        WHERE o.id = due.id
        RETURNING o.id, o.topic, o.payload, o.attempts`,
      [limit, this.leaseSeconds],
    );
    return rows.sort((a, b) => Number(a.id) - Number(b.id)).map((r) => ({ ...r, id: String(r.id), leaseEndsAtMs }));
  }

  /** Rows of a batch topic go to their handler together; every other row on its own. */
  private deliveries(rows: Claimed[]): Delivery[] {
    const out: Delivery[] = [];
    const batches = new Map<string, Delivery>();
    for (const row of rows) {
      if (!this.batchTopics.has(row.topic)) {
        out.push({ topic: row.topic, rows: [row] });
        continue;
      }
      const batch = batches.get(row.topic);
      if (batch) batch.rows.push(row);
      else {
        const created = { topic: row.topic, rows: [row] };
        batches.set(row.topic, created);
        out.push(created);
      }
    }
    return out;
  }

  /** Runs one delivery's handler and marks its rows; answers how many rows were delivered. */
  private async deliver(d: Delivery): Promise<number> {
    // Left for the lease to lapse: the handler might outlive the lease and race its next holder.
    // (The rows of one claim share one lease.)
    if (!mayStart(d.rows[0].leaseEndsAtMs, Date.now(), this.timeoutMs)) return 0;
    this.handlersRunning++;
    const t0 = Date.now();
    try {
      const handler = this.handlers.get(d.topic);
      if (!handler) throw new Error(`no handler for topic ${d.topic}`);
      await this.withTimeout(handler(d.rows.map((r) => r.payload)));
    } catch (e) {
      for (const row of d.rows) await this.markFailed(row, e as Error);
      return 0;
    } finally {
      this.handlersRunning--;
      const t = this.timings.get(d.topic) ?? { n: 0, ms: 0 };
      this.timings.set(d.topic, { n: t.n + d.rows.length, ms: t.ms + Date.now() - t0 });
    }
    for (const row of d.rows) await this.markDone(row);
    return d.rows.length;
  }

  /**
   * A handler that does not finish in time is given up on (it cannot be cancelled, but its row is
   * retried, and handlers are idempotent), so that one stuck call cannot stall the lane for good.
   */
  private async withTimeout(work: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        work,
        new Promise<never>((_, rej) => {
          timer = setTimeout(() => rej(new HandlerTimeout(`handler did not finish within ${this.timeoutMs} ms`)), this.timeoutMs);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
  }

  // Both marks apply only while this claim is the row's latest (the attempts it was claimed with):
  // after a lapsed lease the next holder's claim counts, and this late one changes nothing.
  private async markDone(row: Claimed): Promise<void> {
    await this.dataSource
      .query(`UPDATE outbox SET processed_at = now(), locked_until = NULL, last_error = NULL WHERE id = $1 AND attempts = $2 AND processed_at IS NULL`, [row.id, row.attempts])
      .catch((e: Error) => this.logger.warn(`could not mark outbox row ${row.id} done (its lease will bring it back): ${e.message}`));
  }

  private async markFailed(row: Claimed, error: Error): Promise<void> {
    const delay = retryDelaySeconds(row.attempts);
    this.logger.warn(`outbox row ${row.id} (${row.topic}) failed on attempt ${row.attempts}, retrying in ${delay} s: ${error.message}`);
    await this.dataSource
      .query(
        `UPDATE outbox SET locked_until = NULL, available_at = now() + make_interval(secs => $3), last_error = $4
          WHERE id = $1 AND attempts = $2 AND processed_at IS NULL`,
        [row.id, row.attempts, delay, error.message.slice(0, 2000)],
      )
      .catch((e: Error) => this.logger.warn(`could not mark outbox row ${row.id} failed (its lease will bring it back): ${e.message}`));
  }
}
