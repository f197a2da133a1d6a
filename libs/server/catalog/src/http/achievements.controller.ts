import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Achievement, Paginated, ReviewBatchResult } from '@market/contracts';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { Listings } from '../application/listings.service';
import { CreateAchievementDto, MineQueryDto, ReviewBatchDto, ReviewDto, ReviewQueueQueryDto, UpdateAchievementDto } from './dto/listing.dto';

const Id = () => Param('id', new ParseUUIDPipe());

@ApiTags('achievements')
@Controller('achievements')
export class AchievementsController {
  constructor(private readonly listings: Listings) {}

  @Post()
  @Auth('researcher')
  @ApiCreatedResponse({ description: 'the achievement, status draft' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateAchievementDto): Promise<Achievement> {
    return this.listings.createAchievement(user, dto);
  }

  /** Every achievement of the caller's organization, any status. */
  @Get('mine')
  @Auth()
  mine(@CurrentUser() user: AuthUser, @Query() q: MineQueryDto): Promise<Paginated<Achievement>> {
    return this.listings.mine('achievement', user, q.page, q.pageSize, q);
  }

  @Get('review-queue')
  @Auth('staff')
  reviewQueue(@Query() q: ReviewQueueQueryDto): Promise<Paginated<Achievement>> {
    return this.listings.reviewQueue('achievement', q.page, q.pageSize, q);
  }

  /** One decision with one comment for several pending achievements; each answers on its own. */
  @Post('review-batch')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: '{items: [{id, ok, status} or {id, ok: false, error}]}, in the order of the ids' })
  reviewBatch(@CurrentUser() user: AuthUser, @Body() dto: ReviewBatchDto): Promise<ReviewBatchResult> {
    return this.listings.reviewMany('achievement', user, dto.ids, dto.decision, dto.comment);
  }

  @Get(':id')
  @OptionalAuth()
  @ApiOkResponse({ description: 'published: anyone; otherwise the owner organization and staff' })
  @ApiNotFoundResponse({ description: 'missing or not visible to this caller' })
  get(@CurrentUser() user: AuthUser | undefined, @Id() id: string): Promise<Achievement> {
    return this.listings.get('achievement', user, id);
  }

  @Patch(':id')
  @Auth()
  @ApiConflictResponse({ description: 'not draft or rejected' })
  update(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: UpdateAchievementDto): Promise<Achievement> {
    return this.listings.update('achievement', user, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Auth()
  submit(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Achievement> {
    return this.listings.submit('achievement', user, id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Auth('staff')
  review(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ReviewDto): Promise<Achievement> {
    return this.listings.review('achievement', user, id, dto.decision, dto.comment);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Auth()
  archive(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Achievement> {
    return this.listings.archive('achievement', user, id);
  }
}
