import { Logger } from '@nestjs/common';

const SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];

/**
 * A shutdown that cannot hang: when a stop signal arrives, Nest closes the app gracefully
 * (enableShutdownHooks), and this arms a timer that ends the process after `timeoutMs` whatever
 * is still running. Work abandoned that way is not lost: outbox rows come back when their lease
 * lapses, jobs stay in Redis, bids are answered only after their commit.
 */
export function armShutdownDeadline(timeoutMs: number, exit: (code: number) => void = (code) => process.exit(code)): () => void {
  const logger = new Logger('Shutdown');
  const onSignal = (signal: NodeJS.Signals) => {
    logger.log(`${signal}: closing, at most ${timeoutMs} ms`);
    const timer = setTimeout(() => {
      logger.warn(`shutdown did not finish within ${timeoutMs} ms: exiting, unfinished work is left to its leases and jobs`);
      exit(1);
    }, timeoutMs);
    // the timer itself never keeps a process alive that has finished closing
    timer.unref();
  };
  for (const signal of SIGNALS) process.once(signal, onSignal);
  return () => {
    for (const signal of SIGNALS) process.removeListener(signal, onSignal);
  };
}
