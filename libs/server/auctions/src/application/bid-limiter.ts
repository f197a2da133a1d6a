import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { AUCTION_ERRORS } from '@market/contracts';
import { APP_CONFIG, type AppConfig, REDIS, UserLimiter } from '@market/server/platform';

/**
 * Bids per user per second (BID_RATE_LIMIT), whichever way they come (any number of live-room
 * sockets, HTTP) and whichever API copy takes them; no bid waits for Redis (UserLimiter). The
 * count has a connection of its own with auto-pipelining: the counts of bids that arrive in the
 * same tick travel to Redis in one round trip, so the hot lot's bid rate is not bounded by it.
 */
@Injectable()
export class BidLimiter implements OnModuleDestroy {
  private readonly limiter: UserLimiter;
  /** Only while the limit is on: no connection for a limit that counts nothing. */
  private readonly client: Redis | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.client = config.bidRateLimit > 0 ? redis.duplicate({ enableAutoPipelining: true }) : null;
    this.limiter = new UserLimiter(this.client ?? redis, {
      keyPrefix: `${config.queuePrefix}:bid-rate`,
      points: config.bidRateLimit,
      seconds: 1,
      error: AUCTION_ERRORS.BIDS_TOO_FAST,
    });
  }

  consume(userId: string): Promise<void> {
    return this.limiter.consume(userId);
  }

  async onModuleDestroy(): Promise<void> {
    await this.client?.quit().catch(() => undefined);
  }
}
