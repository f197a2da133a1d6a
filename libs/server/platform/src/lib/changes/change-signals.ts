import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import type { ChangeArea } from '@market/server/events';
import { REDIS } from '../redis/redis';

/**
 * A counter per area of the market in Redis, raised after a change commits (a listing published,
 * an organization verified, an auction scheduled or closed, a contract registered). A reader that
 * caches a view across areas (the portal's front page) keys it by the counters it depends on: a
 * change anywhere gives a new key, reading the key is one round trip and no query. Counters live in
 * Redis so every process (ROLE=api and ROLE=worker alike) sees the same ones.
 */
@Injectable()
export class ChangeSignals {
  private readonly logger = new Logger(ChangeSignals.name);

  constructor(@Inject(REDIS) private readonly redis: Redis) {}

  /** After the change's commit. A lost signal (Redis down) only keeps a cached view until it expires. */
  async touch(...areas: ChangeArea[]): Promise<void> {
    try {
      await Promise.all(areas.map((a) => this.redis.incr(key(a))));
    } catch (e) {
      this.logger.warn(`could not signal a change of ${areas.join(', ')}: ${(e as Error).message}`);
    }
  }

  /** The areas' counters as one key (`3.0.12…`); a counter Redis lost reads as 0, a new key too. */
  async stamp(areas: readonly ChangeArea[]): Promise<string> {
    const values = await this.redis.mget(...areas.map(key));
    return values.map((v) => v ?? '0').join('.');
  }
}

const key = (area: ChangeArea) => `market:changes:${area}`;
