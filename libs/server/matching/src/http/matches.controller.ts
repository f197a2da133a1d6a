import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS, UserLimiter } from '@market/server/platform';
import { ApiForbiddenResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Auth, CurrentUser, type AuthUser } from '@market/server/identity';
import { Matcher, type AchievementMatch, type NeedMatch } from '../application/matcher';

export class MatchQueryDto {
  @ApiPropertyOptional({ default: 10, minimum: 1, maximum: 50 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  limit = 10;
}

/** Workbench calls per user per minute: a broker refreshing often is fine, a loop is not. */
export const WORKBENCH_CALLS_PER_MINUTE = 12;

@ApiTags('matching')
@Controller()
export class MatchesController {
  /** The workbench ranks the newest needs against every achievement: seconds of CPU a call. */
  private readonly workbenchLimit: UserLimiter;

  constructor(
    private readonly matcher: Matcher,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(REDIS) redis: Redis,
  ) {
    this.workbenchLimit = new UserLimiter(redis, {
      keyPrefix: `${config.queuePrefix}:workbench`,
      points: WORKBENCH_CALLS_PER_MINUTE,
      seconds: 60,
      code: 'MATCHING.WORKBENCH_TOO_OFTEN',
      message: '撮合工作台刷新过于频繁，请稍后再试 (the workbench was asked for too often)',
    });
  }

  /** Published achievements that could solve this need, best first, with Chinese reasons. */
  @Get('needs/:id/matches')
  @Auth()
  @ApiOkResponse({ description: '{items: [{achievement, score (0..1), reasons[]}]}' })
  @ApiForbiddenResponse({ description: 'not the need’s organization, a broker or staff' })
  forNeed(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: MatchQueryDto): Promise<{ items: AchievementMatch[] }> {
    return this.matcher.forNeed(user, id, q.limit);
  }

  /** 撮合工作台: the strongest pairs among needs of the last 30 days, for brokers and staff. */
  @Get('matches/workbench')
  @Auth('broker', 'staff')
  @ApiOkResponse({ description: '{items: [{need, achievement, score, reasons[]}]}' })
  async workbench(@CurrentUser() user: AuthUser, @Query() q: MatchQueryDto) {
    await this.workbenchLimit.consume(user.id);
    return this.matcher.workbench(30, q.limit);
  }

  /** Published needs this achievement could serve, best first. */
  @Get('achievements/:id/matches')
  @Auth()
  @ApiOkResponse({ description: '{items: [{need, score (0..1), reasons[]}]}' })
  forAchievement(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: MatchQueryDto): Promise<{ items: NeedMatch[] }> {
    return this.matcher.forAchievement(user, id, q.limit);
  }
}
