import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig, rateLimited, REDIS } from '@market/server/platform';

const WINDOW_SECONDS = 15 * 60;

/**
 * Failed sign-ins per account and per address over 15 minutes, counted in Redis so that every
 * API copy shares the count. Only failures count: a user who types the right password is never
 * slowed down by the limit on the address they share with colleagues.
 */
@Injectable()
export class LoginLimiter {
  private readonly perAccount: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(REDIS) redis: Redis) {
    const prefix = `${config.queuePrefix}:login-fail`;
    this.perAccount = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:account`, points: config.loginFailuresPerAccount, duration: WINDOW_SECONDS });
    this.perAddress = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:address`, points: config.loginFailuresPerAddress, duration: WINDOW_SECONDS });
  }

  /** 429 (with the seconds to wait) when either count is used up. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, ip] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      { res: account, points: this.perAccount.points },
      { res: ip, points: this.perAddress.points },
    ].filter((x): x is { res: RateLimiterRes; points: number } => x.res !== null && x.res.consumedPoints >= x.points);
    if (blocked.length) {
      const wait = Math.max(...blocked.map((b) => b.res.msBeforeNext)) / 1000;
      throw rateLimited('AUTH.TOO_MANY_FAILED_LOGINS', '登录失败次数过多，请稍后再试 (too many failed sign-ins, try again later)', wait);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    // penalty() adds a point without refusing: the refusal comes from assertAllowed next time.
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
