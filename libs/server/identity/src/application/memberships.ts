import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type Redis from 'ioredis';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, REDIS } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import { UserQueries } from '../infrastructure/user.queries';

/** How long a user's token version is trusted from memory when no revocation message came. */
const CACHE_MS = 60_000;

/**
 * Whether a token's holder still belongs where the token says (docs/decisions/0007). A token
 * carries the user's token version; removing a member raises it. Each process keeps the current
 * version per user in memory, so the bid path costs no database round trip. A removal drops the
 * entry here at once and, through Redis pub/sub, in every other copy within milliseconds; an entry
 * is read again from the database at most a minute later in case a message was lost.
 */
@Injectable()
export class Memberships implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Memberships');
  /** user id → current token version (null: the user was removed), and when it was read. */
  private readonly versions = new Map<string, { version: number | null; readAt: number }>();
  /** When each user's tokens were last revoked here: a read that started earlier is not cached. */
  private readonly revokedAt = new Map<string, number>();
  private subscriber: Redis | null = null;
  private readonly channel: string;

  constructor(
    private readonly users: UserQueries,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = `${config.queuePrefix}:identity:revoked`;
  }

  async onModuleInit(): Promise<void> {
    const subscriber = this.redis.duplicate();
    this.subscriber = subscriber;
    subscriber.on('message', (_channel: string, userId: string) => this.forget(userId));
    // Redis may be away at start-up; the subscription comes when it does (ioredis resubscribes)
    subscriber.subscribe(this.channel).catch((e: Error) => this.logger.warn(`no revocation messages yet: ${e.message}`));
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscriber?.quit().catch(() => undefined);
  }

  /** True while the user exists, has not been removed, and the token's version is the current one. */
  async isCurrent(user: AuthUser): Promise<boolean> {
    const hit = this.versions.get(user.id);
    if (hit && Date.now() - hit.readAt < CACHE_MS) return hit.version !== null && hit.version === (user.tokenVersion ?? 0);
    const started = Date.now();
    const version = await this.users.tokenVersion(user.id);
    // a revocation that arrived while this read ran may not be in what it read
    if ((this.revokedAt.get(user.id) ?? 0) < started) this.versions.set(user.id, { version, readAt: Date.now() });
    return version !== null && version === (user.tokenVersion ?? 0);
  }

  private forget(userId: string): void {
    this.versions.delete(userId);
    this.revokedAt.set(userId, Date.now());
  }

  /** Ends every token of the user, in the caller's transaction; call `announce` after the commit. */
  async revoke(manager: EntityManager, userId: string): Promise<void> {
    await this.users.bumpTokenVersion(manager, userId);
  }

  /** Tells this process at once and every other copy through Redis that the user's tokens ended. */
  async announce(userId: string): Promise<void> {
    this.forget(userId);
    await this.redis.publish(this.channel, userId).catch((e: Error) => this.logger.warn(`revocation of ${userId} not broadcast (other copies notice within a minute): ${e.message}`));
  }
}
