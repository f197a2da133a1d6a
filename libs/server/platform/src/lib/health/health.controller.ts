import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { Response } from 'express';
import type Redis from 'ioredis';
import type { HealthAnswer, HealthCheckName } from '@market/contracts';
import { REDIS } from '../redis/redis';
import { SearchPort } from '../search/search.port';

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
    private readonly search: SearchPort,
  ) {}

  /** 200 when every part answers; 503 naming what is down. */
  @Get()
  @ApiOkResponse({ description: '{status: "ok", checks: {database, redis, search}}' })
  @ApiServiceUnavailableResponse({ description: 'names what is down' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthAnswer & { message?: string }> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.db.pingCheck('database', { timeout: 2000 }),
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
    const down = CHECKS.filter((name) => checks[name] === 'down');
    if (down.length === 0) return { status: 'ok', checks };
    res.status(HttpStatus.SERVICE_UNAVAILABLE);
    return { status: 'error', checks, message: `down: ${down.join(', ')}` };
  }
}
