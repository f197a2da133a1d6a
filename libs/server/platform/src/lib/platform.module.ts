import { ChangeSignals } from './changes/change-signals';
import { WorkSignals } from './changes/work-signals';
import { Mailer } from './mail/mailer';
import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit, Logger as NestLogger, RequestMethod } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { ConfigModule } from '@nestjs/config';
import { TypeOrmModule, InjectDataSource } from '@nestjs/typeorm';
import { TerminusModule } from '@nestjs/terminus';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { LoggerModule, type Params } from 'nestjs-pino';
import pino from 'pino';
import type { Options } from 'pino-http';
import { isMainThread } from 'node:worker_threads';
import type Redis from 'ioredis';
import type { DataSource } from 'typeorm';
import { setMarketTimeZone } from '@market/shared/time';
import { APP_CONFIG, configFromEnvironment } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { runMigrationsLocked } from './database/migrate';
import { HealthController } from './health/health.controller';
import { RateLimitGuard, routeLimit } from './http/rate-limit';
import { OutboxEvent } from './outbox/outbox-event.entity';
import { WorkersThread } from './process/workers-thread';
import { Outbox } from './outbox/outbox.service';
import { PARTIAL_COMPOSITION, QueueModule } from './queue/queue.module';
import { createRedis, REDIS, redisOptionsFromUrl } from './redis/redis';
import { SearchHealth } from './search/search-health';
import { Outbox1764070000000 } from './migrations/1764070000000-outbox';
import { OutboxLeases1764071300000 } from './migrations/1764071300000-outbox-leases';
import { Audit1764070000001 } from './migrations/1764070000001-audit';
import { Audit } from './audit/audit.service';

/** The platform's own tables; contexts add theirs in the composition root. */
export const PLATFORM_ENTITIES = [OutboxEvent];
export const PLATFORM_MIGRATIONS = [Outbox1764070000000, Audit1764070000001, OutboxLeases1764071300000];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = Function[];

export interface PlatformOptions {
  entities: ClassList;
  migrations: ClassList;
  /** Overrides of environment variables (tests). */
  env?: Record<string, string>;
  /**
   * Only some contexts are composed (integration tests): jobs of the absent contexts may lack a
   * handler. The application itself composes every context and is checked strictly.
   */
  partial?: boolean;
}

/** Applies pending migrations when the module starts, before any context touches a table. */
class MigrationRunner implements OnModuleInit {
  private readonly logger = new NestLogger('Migrations');
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}
  async onModuleInit(): Promise<void> {
    const applied = await runMigrationsLocked(this.dataSource);
    if (applied.length) this.logger.log(`applied ${applied.join(', ')}`);
  }
}

class RedisCloser implements OnApplicationShutdown {
  constructor(@Inject(REDIS) private readonly redis: Redis) {}
  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}

/**
 * Configuration, database, Redis, queues, search, outbox, logging, rate limits and health: what
 * every context stands on. Global, so that contexts inject its services without re-importing.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const config = configFromEnvironment(options.env ?? {});
    // The market's wall clock (@market/shared/time) is process-wide: set once, before any module
    // formats a time or counts a calendar year.
    setMarketTimeZone(config.timeZone);
    const configProvider = { provide: APP_CONFIG, useValue: config };
    const httpLogging: Options = {
      level: config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (req) => req.url === '/api/health' },
      quietReqLogger: true,
      // People reading a local console want lines, machines in production want JSON.
      transport: config.localMode ? { target: 'pino-pretty', options: { singleLine: true, ignore: 'pid,hostname,req,res' } } : undefined,
    };
    return {
      module: PlatformModule,
      imports: [
        ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, load: [() => ({ app: config })] }),
        {
          module: ConfigHolder,
          providers: [configProvider, { provide: PARTIAL_COMPOSITION, useValue: options.partial ?? false }],
          exports: [configProvider, PARTIAL_COMPOSITION],
          global: true,
        },
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          // Bids are the hot path of a live lot, and each one is already recorded, with its user,
          // time and hash, in the append-only bid log; an access-log line (and the request-scoped
          // logger pino-http builds for it) would cost a fifth of the route's time. Errors are still
          // logged by the exception filter.
          exclude: [{ path: 'lots/:id/bids', method: RequestMethod.POST }],
          // A workers' thread has no stdout of its own to hand pino (process.stdout there is a pipe
          // to the main thread without a file descriptor, and pino's default writes would vanish):
          // it writes to the process's descriptor 1 directly.
          pinoHttp: (isMainThread || config.localMode ? httpLogging : [httpLogging, pino.destination(1)]) as Params['pinoHttp'],
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl, {
            entities: [...PLATFORM_ENTITIES, ...options.entities],
            migrations: [...PLATFORM_MIGRATIONS, ...options.migrations],
          }, config.database, `market-${config.role}`),
          migrationsRun: false,
        }),
        DiscoveryModule,
        TerminusModule.forRoot({ logger: false }),
        ThrottlerModule.forRoot({
          throttlers: [
            {
              name: 'api',
              ttl: 60_000,
              limit: Math.max(1, config.apiRateLimit),
              skipIf: () => config.apiRateLimit === 0,
            },
            {
              name: 'register',
              ttl: 60_000,
              limit: Math.max(1, config.registerRateLimit),
              skipIf: (ctx) => config.registerRateLimit === 0 || routeLimit(ctx) !== 'register',
            },
          ],
          storage: new ThrottlerStorageRedisService({
            ...redisOptionsFromUrl(config.redisUrl),
            // fail fast rather than hang a request when Redis is away
            maxRetriesPerRequest: 1,
            commandTimeout: 2000,
            keyPrefix: `${config.queuePrefix}:throttle:`,
          }),
        }),
        QueueModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: REDIS, useFactory: () => createRedis(config.redisUrl) },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        MigrationRunner,
        RedisCloser,
        SearchHealth,
        Outbox,
        Audit,
        WorkersThread,
        ChangeSignals,
        WorkSignals,
        Mailer,
      ],
      exports: [REDIS, Outbox, QueueModule, Audit, WorkersThread, ChangeSignals, WorkSignals, Mailer],
    };
  }
}

@Module({})
class ConfigHolder {}
