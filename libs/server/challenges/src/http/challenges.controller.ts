import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Challenge, ChallengeApplication, ChallengeStats, ChallengeObjection, ChallengeReview, ChallengeReviewer, Paginated, RankingEntry } from '@market/contracts';
import { PageQueryDto } from '@market/server/platform';
import { Auth, CurrentUser, OptionalAuth, type AuthUser } from '@market/server/identity';
import { Challenges } from '../application/challenges.service';
import { ChallengeApplications } from '../application/applications.service';
import { ChallengeAwards } from '../application/awards.service';
import {
  ApplyDto,
  AwardDto,
  ChallengeListQueryDto,
  ChallengeReviewDto,
  CreateChallengeDto,
  FailDto,
  ObjectionDto,
  ResolveObjectionDto,
  ReviewersDto,
  ScoreDto,
  StatsQueryDto,
  UpdateChallengeDto,
} from './dto/challenge.dto';

const Id = () => Param('id', new ParseUUIDPipe());

/** 揭榜挂帅. The public hall's search (`GET /api/challenges`) is served by search, like the other halls. */
@ApiTags('challenges')
@Controller('challenges')
export class ChallengesController {
  constructor(
    private readonly challenges: Challenges,
    private readonly applications: ChallengeApplications,
    private readonly awards: ChallengeAwards,
  ) {}

  @Post()
  @Auth('enterprise', 'staff')
  @ApiCreatedResponse({ description: 'the challenge, status draft' })
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateChallengeDto): Promise<Challenge> {
    return this.challenges.create(user, dto);
  }

  /** 我的榜单: every challenge of the caller's organization, any status. */
  @Get('mine')
  @Auth()
  mine(@CurrentUser() user: AuthUser, @Query() q: ChallengeListQueryDto): Promise<Paginated<Challenge>> {
    return this.challenges.mine(user, { q: q.q || undefined, status: q.status, field: q.field, region: q.region, sort: q.sort }, q.page, q.pageSize);
  }

  /** 我的揭榜: the caller's organization's applications, each with its challenge. */
  @Get('applications/mine')
  @Auth()
  myApplications(@CurrentUser() user: AuthUser, @Query() q: PageQueryDto): Promise<Paginated<{ application: ChallengeApplication; challenge: Challenge }>> {
    return this.applications.ofMyOrganization(user, q.page, q.pageSize);
  }

  @Get('review-queue')
  @Auth('staff')
  reviewQueue(@Query() q: ChallengeListQueryDto): Promise<Paginated<Challenge>> {
    return this.challenges.reviewQueue({ q: q.q || undefined, field: q.field, region: q.region, sort: q.sort }, q.page, q.pageSize);
  }

  /** The hall's figures: open now, applications, the bounty total, awarded and failed (a year: those published in it). */
  @Get('stats')
  @ApiOkResponse({ description: '{year, published, open, applications, bountyTotal, awarded, failed, awardedBounty}' })
  async stats(@Query() q: StatsQueryDto): Promise<ChallengeStats> {
    return { year: q.year ?? null, ...(await this.challenges.figures(q.year ?? null)) };
  }

  @Get(':id')
  @OptionalAuth()
  get(@CurrentUser() user: AuthUser | undefined, @Id() id: string): Promise<Challenge> {
    return this.challenges.get(user, id);
  }

  @Patch(':id')
  @Auth()
  update(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: UpdateChallengeDto): Promise<Challenge> {
    return this.challenges.update(user, id, dto);
  }

  @Post(':id/submit')
  @HttpCode(200)
  @Auth()
  @ApiConflictResponse({ description: 'not a draft or a rejected challenge' })
  submit(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Challenge> {
    return this.challenges.submit(user, id);
  }

  @Post(':id/review')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: 'approved → open (searchable; matching organizations are told), rejected with the reason' })
  review(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ChallengeReviewDto): Promise<Challenge> {
    return this.challenges.review(user, id, dto.decision, dto.comment);
  }

  @Post(':id/archive')
  @HttpCode(200)
  @Auth()
  archive(@CurrentUser() user: AuthUser, @Id() id: string): Promise<Challenge> {
    return this.challenges.archive(user, id);
  }

  @Post(':id/applications')
  @Auth('researcher', 'enterprise')
  @ApiCreatedResponse({ description: '{id, status: "submitted", …}' })
  @ApiForbiddenResponse({ description: 'the publisher’s own organization, or one not verified' })
  @ApiConflictResponse({ description: 'already applied (one per organization), or past the deadline' })
  apply(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ApplyDto): Promise<ChallengeApplication> {
    return this.applications.apply(user, id, dto);
  }

  @Get(':id/applications')
  @Auth()
  @ApiForbiddenResponse({ description: 'not the publisher, staff or a reviewer of the challenge' })
  applicationList(@CurrentUser() user: AuthUser, @Id() id: string): Promise<{ items: ChallengeApplication[] }> {
    return this.applications.list(user, id);
  }

  @Get(':id/applications/mine')
  @Auth()
  myApplication(@CurrentUser() user: AuthUser, @Id() id: string): Promise<ChallengeApplication> {
    return this.applications.mine(user, id);
  }

  @Post(':id/reviewers')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: '{items: [{id, name, organization, conflicts: [applicationId]}]}' })
  @ApiConflictResponse({ description: 'not in evaluation, or a reviewer of the publisher’s organization' })
  addReviewers(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ReviewersDto): Promise<{ items: ChallengeReviewer[] }> {
    return this.applications.addReviewers(user, id, dto.userIds ?? [], dto.emails ?? []);
  }

  @Get(':id/reviewers')
  @Auth()
  reviewers(@CurrentUser() user: AuthUser, @Id() id: string): Promise<{ items: ChallengeReviewer[] }> {
    return this.applications.reviewers(user, id);
  }

  @Put(':id/applications/:appId/score')
  @Auth()
  @ApiForbiddenResponse({ description: 'not a reviewer, or a reviewer of the applicant’s organization' })
  score(@CurrentUser() user: AuthUser, @Id() id: string, @Param('appId', new ParseUUIDPipe()) appId: string, @Body() dto: ScoreDto): Promise<ChallengeReview> {
    return this.applications.score(user, id, appId, dto);
  }

  @Get(':id/ranking')
  @Auth()
  @ApiOkResponse({ description: '{items: [{application, score, reviews}]} best first; score is the weighted mean' })
  ranking(@CurrentUser() user: AuthUser, @Id() id: string): Promise<{ items: RankingEntry[] }> {
    return this.applications.ranking(user, id);
  }

  @Post(':id/award')
  @HttpCode(200)
  @Auth()
  @ApiOkResponse({ description: 'status announced, until announcementEndsAt' })
  award(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: AwardDto): Promise<Challenge> {
    return this.awards.award(user, id, dto.applicationId, dto.announcementEndsAt);
  }

  @Post(':id/objections')
  @Auth()
  @ApiCreatedResponse({ description: '{id, text, status: "open", createdAt, resolution: null}' })
  object(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: ObjectionDto): Promise<ChallengeObjection> {
    return this.awards.object(user, id, dto.text);
  }

  @Get(':id/objections')
  @Auth()
  objections(@CurrentUser() user: AuthUser, @Id() id: string): Promise<{ items: ChallengeObjection[] }> {
    return this.awards.objections(user, id);
  }

  @Post(':id/objections/:oid/resolve')
  @HttpCode(200)
  @Auth('staff')
  @ApiOkResponse({ description: 'the objection; upheld → the challenge is back to evaluating' })
  resolve(@CurrentUser() user: AuthUser, @Id() id: string, @Param('oid', new ParseUUIDPipe()) oid: string, @Body() dto: ResolveObjectionDto): Promise<ChallengeObjection> {
    return this.awards.resolve(user, id, oid, dto.upheld, dto.note);
  }

  @Post(':id/fail')
  @HttpCode(200)
  @Auth('staff')
  fail(@CurrentUser() user: AuthUser, @Id() id: string, @Body() dto: FailDto): Promise<Challenge> {
    return this.awards.fail(user, id, dto.note);
  }
}
