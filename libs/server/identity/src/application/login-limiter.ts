import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type Redis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AUTH_ERRORS } from '@market/contracts';
import { APP_CONFIG, type AppConfig, fail, REDIS } from '@market/server/platform';
import { loginDelayMs } from '../domain/login-delay';

const WINDOW_SECONDS = 15 * 60;

/**
 * Failed sign-ins, counted in Redis so that every API copy shares them (docs/decisions/0009):
 * - per account *and* address pair: a growing delay after the third failure (loginDelayMs) and at
 *   most LOGIN_FAILURES_PER_PAIR per 15 minutes. A storm of wrong passwords from one address
 *   therefore never locks the owner out when signing in from another;
 * - per address: a ceiling of LOGIN_FAILURES_PER_ADDRESS failures over all accounts.
 * Only failures count, so colleagues behind one address are never slowed by each other's success.
 * The pair key holds a hash, not the e-mail address.
 */
@Injectable()
export class LoginLimiter {
  private readonly perPair: RateLimiterRedis;
  private readonly perAddress: RateLimiterRedis;
  private readonly waitPrefix: string;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) private readonly redis: Redis,
  ) {
    const prefix = `${config.queuePrefix}:login-fail`;
    this.perPair = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:pair`, points: config.loginFailuresPerPair, duration: WINDOW_SECONDS });
    this.perAddress = new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:address`, points: config.loginFailuresPerAddress, duration: WINDOW_SECONDS });
    this.waitPrefix = `${prefix}:wait:`;
  }

  private pair(email: string, address: string): string {
    return createHash('sha256').update(`${email.toLowerCase()}\n${address}`).digest('base64url');
  }

  /** 429 (with the seconds to wait) while the pair must wait or either count is used up. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const pair = this.pair(email, address);
    const [pairRes, addressRes, waitMs] = await Promise.all([this.perPair.get(pair), this.perAddress.get(address), this.redis.pttl(this.waitPrefix + pair)]);
    const waits = [waitMs > 0 ? waitMs : 0];
    for (const [res, points] of [
      [pairRes, this.perPair.points],
      [addressRes, this.perAddress.points],
    ] as Array<[RateLimiterRes | null, number]>) {
      if (res && res.consumedPoints >= points) waits.push(res.msBeforeNext);
    }
    const wait = Math.max(...waits);
    if (wait > 0) throw fail(AUTH_ERRORS.TOO_MANY_FAILED_LOGINS, undefined, { retryAfterSeconds: Math.max(wait, 1000) / 1000 });
  }

  async recordFailure(email: string, address: string): Promise<void> {
    const pair = this.pair(email, address);
    // penalty() adds a point without refusing: the refusal comes from assertAllowed next time.
    const [res] = await Promise.all([this.perPair.penalty(pair, 1), this.perAddress.penalty(address, 1)]);
    const delay = loginDelayMs(res.consumedPoints);
    if (delay > 0) await this.redis.set(this.waitPrefix + pair, '1', 'PX', delay);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    const pair = this.pair(email, address);
    await Promise.all([this.perPair.delete(pair), this.redis.del(this.waitPrefix + pair)]);
  }
}
