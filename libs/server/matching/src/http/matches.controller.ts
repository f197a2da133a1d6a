import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, type AppConfig, REDIS, UserLimiter } from '@market/server/platform';
import { ApiForbiddenResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Auth, CurrentUser, type AuthUser } from '@market/server/identity';
import { MATCHING_ERRORS, type AchievementMatch, type MatchList, type MatchPair, type NeedMatch } from '@market/contracts';
import { Matcher } from '../application/matcher';

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
      error: MATCHING_ERRORS.WORKBENCH_TOO_OFTEN,
    });
  }

  /** Published achievements that could solve this need, best first, with reasons as data (explanations) and in Chinese (reasons). */
  @Get('needs/:id/matches')
  @Auth()
  @ApiOkResponse({ description: '{items: [{achievement, score (0..1), reasons[] (Chinese), explanations[] ({code, sign, params})}]}' })
  @ApiForbiddenResponse({ description: 'not the need’s organization, a broker or staff' })
  forNeed(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: MatchQueryDto): Promise<MatchList<AchievementMatch>> {
    return this.matcher.forNeed(user, id, q.limit);
  }

  /** 撮合工作台: the strongest pairs among needs of the last 30 days, for brokers and staff. */
  @Get('matches/workbench')
  @Auth('broker', 'staff')
  @ApiOkResponse({ description: '{items: [{need, achievement, score, reasons[], explanations[]}]}' })
  async workbench(@CurrentUser() user: AuthUser, @Query() q: MatchQueryDto): Promise<MatchList<MatchPair>> {
    await this.workbenchLimit.consume(user.id);
    return this.matcher.workbench(30, q.limit);
  }

  /** Published needs this achievement could serve, best first. */
  @Get('achievements/:id/matches')
  @Auth()
  @ApiOkResponse({ description: '{items: [{need, score (0..1), reasons[], explanations[]}]}' })
  forAchievement(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Query() q: MatchQueryDto): Promise<MatchList<NeedMatch>> {
    return this.matcher.forAchievement(user, id, q.limit);
  }
}
