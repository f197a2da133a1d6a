import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { JOBS } from '@market/contracts';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../config/app-config';
import { JobHandler } from '../queue/job-handler.decorator';
import { JobQueue } from '../queue/queue.module';
import { OutboxEvent } from './outbox-event.entity';
import { OUTBOX_HANDLER } from './outbox-handler.decorator';

type TopicFn = (payload: Record<string, unknown>) => Promise<void>;

const BATCH = 100;
const MAX_BACKOFF_SECONDS = 300;
const PERIODIC_DRAIN_MS = 5000;

@Injectable()
export class Outbox implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Outbox');
  private handlers = new Map<string, TopicFn>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.handlers = this.discoverHandlers();
    if (runsWorkers(this.config)) {
      // The safety net: whatever a lost kick left behind is delivered within a few seconds. It runs
      // from this process's own timer, not from Redis, so it also works while Redis is down or
      // after Redis lost its data; concurrent drains take different rows (SKIP LOCKED).
      this.timer = setInterval(() => {
        this.drain().catch((e: Error) => this.logger.warn(`periodic drain failed: ${e.message}`));
      }, PERIODIC_DRAIN_MS);
      // never the reason a process stays alive: servers have their sockets, workers their queues
      this.timer.unref();
      await this.kick('start-up');
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  private discoverHandlers(): Map<string, TopicFn> {
    const handlers = new Map<string, TopicFn>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const topic = this.reflector.get<string | undefined>(OUTBOX_HANDLER, proto[method]);
        if (!topic) continue;
        if (handlers.has(topic)) throw new Error(`outbox topic "${topic}" has two handlers`);
        handlers.set(topic, (instance[method] as TopicFn).bind(instance));
      }
    }
    return handlers;
  }

  /** Records an event inside the caller's transaction. Call `kick()` after the commit. */
  async add(manager: EntityManager, topic: string, payload: Record<string, unknown>): Promise<void> {
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

  @JobHandler(JOBS.outboxDrain)
  async drain(): Promise<string> {
    let delivered = 0;
    for (;;) {
      const n = await this.drainBatch();
      delivered += n;
      if (n < BATCH) break;
    }
    return `delivered ${delivered}`;
  }

  /**
   * One batch in one transaction: rows locked with SKIP LOCKED so that concurrent drains on other
   * workers take other rows; a failing row is retried later with backoff, the others go on.
   */
  private async drainBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: OutboxEvent[] = await manager
        .createQueryBuilder(OutboxEvent, 'o')
        .where('o.processed_at IS NULL AND o.available_at <= now()')
        .orderBy('o.id')
        .limit(BATCH)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        const handler = this.handlers.get(row.topic);
        try {
          if (!handler) throw new Error(`no handler for topic ${row.topic}`);
          await handler(row.payload);
          await manager.update(OutboxEvent, row.id, { processedAt: () => 'now()', attempts: row.attempts + 1, lastError: null });
        } catch (e) {
          const delay = Math.min(MAX_BACKOFF_SECONDS, 2 ** row.attempts);
          await manager.update(OutboxEvent, row.id, {
            attempts: row.attempts + 1,
            lastError: (e as Error).message.slice(0, 2000),
            availableAt: () => `now() + interval '${delay} seconds'`,
          });
        }
      }
      return rows.length;
    });
  }
}
