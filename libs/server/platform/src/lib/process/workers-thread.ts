import { BeforeApplicationShutdown, Injectable, Logger, type INestApplicationContext } from '@nestjs/common';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { AppConfig } from '../config/app-config';
import type { OutboxActivity } from '../outbox/outbox.service';

/** How often the workers' thread tells the host what its drain is doing (for /api/health). */
const REPORT_EVERY_MS = 200;
/**
 * How long a shutdown waits for the workers' thread to close before ending it: the thread's own
 * drain gives its handlers 4 s (Outbox), and the whole process must be gone within 10 s.
 */
const CLOSE_GRACE_MS = 7000;

/** What the two threads say to each other. */
type ToHost = { ready: true } | { outbox: OutboxActivity };
type ToThread = { close: true };

/**
 * Whether this process serves HTTP here and runs its workers in a thread of its own: ROLE=all on
 * the main thread, unless WORKERS_THREAD=off (docs/decisions/0012).
 */
export function workersGoToThread(config: AppConfig): boolean {
  return config.role === 'all' && config.workersThread && isMainThread;
}

/**
 * The host's side of the workers' thread: starts it (the same entry file, as ROLE=worker), keeps
 * the drain activity it reports for /api/health, and closes it on shutdown before the host's own
 * pool closes. A thread that ends by itself ends the process, so that a supervisor restarts it
 * whole instead of an API that silently delivers nothing.
 */
@Injectable()
export class WorkersThread implements BeforeApplicationShutdown {
  private readonly logger = new Logger('WorkersThread');
  private worker: Worker | null = null;
  private reported: OutboxActivity | null = null;
  private closing = false;

  /**
   * Starts the thread and resolves once its workers run, so that a process that answers HTTP
   * also delivers its outbox and closes its lots; rejects if the thread ends before.
   */
  start(entry: string, env: NodeJS.ProcessEnv): Promise<void> {
    const worker = new Worker(entry, { argv: ['serve'], env: { ...env, ROLE: 'worker' } });
    let ready: () => void = () => undefined;
    let failed: (e: Error) => void = () => undefined;
    const started = new Promise<void>((resolve, reject) => {
      ready = resolve;
      failed = reject;
    });
    worker.on('message', (m: ToHost) => {
      if (!m || typeof m !== 'object') return;
      if ('outbox' in m) this.reported = m.outbox;
      if ('ready' in m) ready();
    });
    worker.once('exit', (code) => failed(new Error(`the workers' thread ended while starting (code ${code})`)));
    worker.on('error', (e) => this.logger.error(`the workers' thread failed: ${e.stack ?? e.message}`));
    worker.on('exit', (code) => {
      this.worker = null;
      if (this.closing) return;
      this.logger.error(`the workers' thread ended by itself (code ${code}): exiting so that the process is restarted whole`);
      process.exit(1);
    });
    this.worker = worker;
    return started;
  }

  /** The drain activity the thread last reported; null when no thread runs. */
  activity(): OutboxActivity | null {
    return this.worker ? this.reported : null;
  }

  async beforeApplicationShutdown(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    this.closing = true;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    worker.postMessage({ close: true } satisfies ToThread);
    const timer = setTimeout(() => {
      this.logger.warn(`the workers' thread did not close within ${CLOSE_GRACE_MS} ms: ending it, its work is left to leases and jobs`);
      void worker.terminate();
    }, CLOSE_GRACE_MS);
    await exited;
    clearTimeout(timer);
  }
}

/**
 * The thread's side, called once its app is up: reports the drain's activity to the host and
 * closes the app when the host asks (signals reach only the main thread).
 */
export function serveAsWorkersThread(app: INestApplicationContext, activity: () => OutboxActivity): void {
  if (isMainThread || !parentPort) return;
  const host = parentPort;
  host.postMessage({ ready: true } satisfies ToHost);
  const timer = setInterval(() => host.postMessage({ outbox: activity() } satisfies ToHost), REPORT_EVERY_MS);
  timer.unref();
  host.on('message', (m: ToThread) => {
    if (!m || typeof m !== 'object' || !('close' in m)) return;
    clearInterval(timer);
    void app.close().finally(() => process.exit(0));
  });
}
