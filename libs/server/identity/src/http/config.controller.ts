import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { PublicConfig } from '@market/contracts';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';

/** Settings the web app needs before sign-in (the region list and the time zone are configuration, per city). */
@ApiTags('identity')
@Controller('config')
export class PublicConfigController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Get()
  @ApiOkResponse({ description: '{regions: string[], timeZone: string (IANA, e.g. Asia/Shanghai), site: {host, contact, icp, publicSecurity}}' })
  get(): PublicConfig {
    return { regions: this.config.regions, timeZone: this.config.timeZone, site: this.config.site };
  }
}
