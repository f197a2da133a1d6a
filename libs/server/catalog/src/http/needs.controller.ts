import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Need, Paginated, ReviewBatchResult } from '@market/contracts';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { Listings } from '../application/listings.service';
import { CreateNeedDto, MineQueryDto, ReviewBatchDto, ReviewDto, ReviewQueueQueryDto, UpdateNeedDto } from './dto/listing.dto';

const Id = () => Param('id', new ParseUUIDPipe());

@ApiTags('needs')
@Controller('needs')
export class NeedsController {
  constructor(private readonly listings: Listings) {}

  @Post()
  @Auth('enterprise')
  @ApiCreatedResponse({ description: 'the need, status draft' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateNeedDto): Promise<Need> {
    return this.listings.createNeed(user, dto);
  }

  /** Every need of the caller's organization, any status. */
  @Get('mine')
  @Auth()
  mine(@CurrentUser() user: AuthUser, @Query() q: MineQueryDto): Promise<Paginated<Need>> {
    return this.listings.mine('need', user, q.page, q.pageSize, q);
  }

  @Get('review-queue')
  @Auth('staff')
  reviewQueue(@Query() q: ReviewQueueQueryDto): Promise<Paginated<Need>> {
    return this.listings.reviewQueue('need', q.page, q.pageSize, q);
  }

  /** One decision with one comment for several pending needs; each answers on its own. */
  @Post('review-batch')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: '{items: [{id, ok, status} or {id, ok: false, error}]}, in the order of the ids' })
  reviewBatch(@CurrentUser() user: AuthUser, @Body() dto: ReviewBatchDto): Promise<ReviewBatchResult> {
    return this.listings.reviewMany('need', user, dto.ids, dto.decision, dto.comment);
  }

  @Get(':id')
  @OptionalAuth()
  @ApiOkResponse({ description: 'published: anyone; otherwise the owner organization and staff' })
  @ApiNotFoundResponse({ description: 'missing or not visible to this caller' })
  get(@CurrentUser() user: AuthUser | undefined, @Id() id: string): Promise<Need> {
    return this.listings.get('need', user, id);
  }

  @Patch(':id')
  @Auth()
  @ApiConflictResponse({ description: 'not draft or rejected' })
  update(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: UpdateNeedDto): Promise<Need> {
    return this.listings.update('need', user, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Auth()
  submit(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Need> {
    return this.listings.submit('need', user, id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Auth('staff')
  review(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ReviewDto): Promise<Need> {
    return this.listings.review('need', user, id, dto.decision, dto.comment);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Auth()
  archive(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Need> {
    return this.listings.archive('need', user, id);
  }
}
