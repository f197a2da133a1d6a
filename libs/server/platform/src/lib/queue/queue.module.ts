import { BeforeApplicationShutdown, Inject, Injectable, Logger, Module, OnApplicationBootstrap, Optional } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService, MetadataScanner, ModuleRef, Reflector } from '@nestjs/core';
import { BullModule, getQueueToken } from '@nestjs/bullmq';
import { Job, Queue, Worker } from 'bullmq';
import { JOB_QUEUE, QUEUES, type JobName, type JobPayloads, type QueueName } from '@market/server/events';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../config/app-config';
/** Workers block on Redis and must never give up a command: `maxRetriesPerRequest: null`. */
const bullConnection = (url: string) => ({ url, maxRetriesPerRequest: null });
import { JOB_HANDLER } from './job-handler.decorator';
import { buildJobRegistry, type DiscoveredHandler, type JobFn } from './job-registry';

/** True when only some contexts are composed (tests): see PlatformOptions.partial. */
export const PARTIAL_COMPOSITION = Symbol('PARTIAL_COMPOSITION');

/** How long a shutdown waits for running jobs before it leaves them to BullMQ's stalled-job check. */
const JOB_CLOSE_GRACE_MS = 4000;

export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 1000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** Puts typed jobs on their queue; the only way code outside this module enqueues work. */
@Injectable()
export class JobQueue {
  constructor(private readonly moduleRef: ModuleRef) {}

  queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  async add<N extends JobName>(name: N, payload: JobPayloads[N], opts: { jobId?: string; delay?: number } = {}): Promise<void> {
    await this.queue(JOB_QUEUE[name]).add(name, payload, opts);
  }

  /** A repeating job, kept once however many copies start (BullMQ job schedulers are upserts). */
  async every<N extends JobName>(name: N, everyMs: number, payload: JobPayloads[N]): Promise<void> {
    await this.queue(JOB_QUEUE[name]).upsertJobScheduler(`${name}-every-${everyMs}ms`, { every: everyMs }, { name, data: payload });
  }
}

/**
 * Finds every @JobHandler method, checks the registry at start-up, and, where this process runs
 * workers, starts one BullMQ worker per queue that dispatches jobs by name.
 */
@Injectable()
export class JobWorkers implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly workers: Worker[] = [];
  private registry = new Map<JobName, JobFn>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    @Optional() @Inject(PARTIAL_COMPOSITION) private readonly partial = false,
  ) {}

  onApplicationBootstrap(): void {
    this.registry = buildJobRegistry(this.discover(), undefined, { requireAll: !this.partial });
    if (!runsWorkers(this.config)) return;
    const connection = bullConnection(this.config.redisUrl);
    for (const queueName of Object.values(QUEUES)) {
      const worker = new Worker(queueName, (job) => this.run(job), {
        connection,
        prefix: this.config.queuePrefix,
        concurrency: 4,
      });
      worker.on('failed', (job, err) => this.logger.warn(`job ${job?.name} ${job?.id} failed: ${err.message}`));
      worker.on('error', (err) => this.logger.warn(`worker ${queueName}: ${err.message}`));
      this.workers.push(worker);
    }
  }

  /**
   * close() waits for running jobs, so that a SIGTERM does not cut work in half; but only for a
   * while: a job still running then is left (it stays in Redis as stalled and is taken up again).
   */
  async beforeApplicationShutdown(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const closed = Promise.all(this.workers.map((w) => w.close())).then(() => true);
    const inTime = await Promise.race([closed, new Promise<boolean>((res) => (timer = setTimeout(() => res(false), JOB_CLOSE_GRACE_MS)))]);
    clearTimeout(timer);
    if (!inTime) {
      this.logger.warn(`jobs still running after ${JOB_CLOSE_GRACE_MS} ms: closing the workers without them`);
      await Promise.all(this.workers.map((w) => w.close(true).catch(() => undefined)));
    }
  }

  private async run(job: Job): Promise<string | void> {
    const fn = this.registry.get(job.name as JobName);
    if (!fn) throw new Error(`no handler for job ${job.name}`);
    return fn(job.data);
  }

  private discover(): DiscoveredHandler[] {
    const found: DiscoveredHandler[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const proto = Object.getPrototypeOf(instance);
      for (const method of this.scanner.getAllMethodNames(proto)) {
        const name = this.reflector.get<string | undefined>(JOB_HANDLER, proto[method]);
        if (name) {
          const fn = (instance[method] as JobFn).bind(instance);
          found.push({ name, owner: `${wrapper.name}.${method}`, fn });
        }
      }
    }
    return found;
  }
}

@Module({
  imports: [
    DiscoveryModule,
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        connection: bullConnection(config.redisUrl),
        prefix: config.queuePrefix,
        defaultJobOptions: DEFAULT_JOB_OPTIONS,
      }),
    }),
    BullModule.registerQueue(...Object.values(QUEUES).map((name) => ({ name }))),
  ],
  providers: [JobQueue, JobWorkers],
  exports: [JobQueue],
})
export class QueueModule {}
