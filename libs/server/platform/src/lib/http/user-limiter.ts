import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { ErrorEntry } from '@market/contracts';
import { fail } from '../errors/domain-error';

/** The limit, and the 429 it answers: a catalogue entry. */
export type UserLimit = { keyPrefix: string; points: number; seconds: number; error: ErrorEntry };

/**
 * A per-user limit (so many calls per `seconds`) counted in Redis, shared by every API copy.
 * While Redis is not ready it counts in this process's memory at once instead of waiting, so a
 * Redis outage neither lifts the limit nor stalls the route.
 */
export class UserLimiter {
  private readonly limiter: RateLimiterRedis | null;

  constructor(
    redis: Redis,
    private readonly opts: UserLimit,
  ) {
    this.limiter =
      opts.points > 0
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: opts.keyPrefix,
            points: opts.points,
            duration: opts.seconds,
            rejectIfRedisNotReady: true,
            insuranceLimiter: new RateLimiterMemory({ points: opts.points, duration: opts.seconds }),
          })
        : null;
  }

  /** 429 with Retry-After once the user has used up the window's calls. */
  async consume(userId: string): Promise<void> {
    if (!this.limiter) return;
    try {
      await this.limiter.consume(userId);
    } catch (r) {
      if (!(r instanceof RateLimiterRes)) throw r;
      const retryAfterSeconds = Math.max(r.msBeforeNext, 1) / 1000;
      throw fail(this.opts.error, undefined, { retryAfterSeconds });
    }
  }
}
