import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import type Redis from 'ioredis';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { HealthAnswer, HealthCheckName } from '@market/contracts';
import { REDIS } from '../redis/redis';
import { SearchHealth } from '../search/search-health';
import { poolUse } from '../database/pool-use';
import { Outbox } from '../outbox/outbox.service';

const CHECKS: HealthCheckName[] = ['database', 'redis', 'search'];

@ApiTags('operations')
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(REDIS) private readonly redis: Redis,
    private readonly search: SearchHealth,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  /**
   * 200 when every part answers; 503 naming what is down. Also how this process's database pool
   * is used: `pool.saturated` while every connection is busy (with `waiting` callers queued), false again once
   * they drain. The database ping waits at most a second for a connection, so a saturated pool
   * shows here as `down: database` at once instead of a hung health check.
   */
  @Get()
  @ApiOkResponse({ description: '{status: "ok", checks: {database, redis, search}, pool: {max, total, idle, inUse, waiting, saturated}, outbox: {draining, handlersRunning, handlerSlots}}' })
  @ApiServiceUnavailableResponse({ description: 'names what is down' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthAnswer & { message?: string }> {
    // read before the ping, which would otherwise count itself among the waiting
    const pool = poolUse(this.dataSource) ?? undefined;
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.db.pingCheck('database', { timeout: 1000 }),
        async () => {
          const s = this.indicators.check('redis');
          try {
            return (await this.redis.ping()) === 'PONG' ? s.up() : s.down('no PONG');
          } catch (e) {
            return s.down((e as Error).message);
          }
        },
        async () => {
          const s = this.indicators.check('search');
          return (await this.search.isHealthy()) ? s.up() : s.down('Meilisearch does not answer');
        },
      ]);
    } catch (e) {
      // terminus throws a ServiceUnavailableException whose response is the full result
      result = (e as { getResponse?: () => HealthCheckResult }).getResponse?.() ?? ({ status: 'error', details: {} } as HealthCheckResult);
    }
    const checks = Object.fromEntries(CHECKS.map((name) => [name, result.details?.[name]?.status === 'up' ? 'up' : 'down'])) as HealthAnswer['checks'];
    const outbox = this.outbox.activity();
    const down = CHECKS.filter((name) => checks[name] === 'down');
    if (down.length === 0) return { status: 'ok', checks, pool, outbox };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    const why = pool?.saturated ? ` (database pool saturated: ${pool.inUse} of ${pool.max} in use, ${pool.waiting} waiting)` : '';
    return { status: 'error', checks, pool, outbox, message: `down: ${down.join(', ')}${why}` };
  }
}
