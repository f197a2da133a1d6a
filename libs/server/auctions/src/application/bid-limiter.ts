import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS, UserLimiter } from '@market/server/platform';

/**
 * Bids per user per second (BID_RATE_LIMIT), whichever way they come (any number of live-room
 * sockets, HTTP) and whichever API copy takes them; no bid waits for Redis (UserLimiter).
 */
@Injectable()
export class BidLimiter {
  private readonly limiter: UserLimiter;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    this.limiter = new UserLimiter(redis, {
      keyPrefix: `${config.queuePrefix}:bid-rate`,
      points: config.bidRateLimit,
      seconds: 1,
      code: 'AUCTION.BIDS_TOO_FAST',
      message: '出价过于频繁，请稍后再试 (too many bids)',
    });
  }

  consume(userId: string): Promise<void> {
    return this.limiter.consume(userId);
  }
}
