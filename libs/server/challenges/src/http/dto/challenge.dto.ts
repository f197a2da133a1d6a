import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  CHALLENGE_LIMITS as L,
  CHALLENGE_STATUSES,
  FIELDS,
  QUEUE_SORTS,
  type ApplicationInput,
  type ChallengeCriterion,
  type ChallengeInput,
  type ChallengeStatus,
  type Field,
  type Milestone,
  type QueueSort,
  type ScoreRequest,
  type TeamMember,
} from '@market/contracts';
import { WordsQueryDto } from '@market/server/platform';

// Every limit comes from CHALLENGE_LIMITS in @market/contracts: the web's forms check the same ones.
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

export class CriterionDto implements ChallengeCriterion {
  @ApiProperty({ example: '技术先进性' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.criterion.maxLength)
  name!: string;

  /** Integer percent; the weights of a challenge sum to 100. */
  @ApiProperty({ minimum: 1, maximum: 100, example: 40 })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
}

export class CreateChallengeDto implements ChallengeInput {
  @ApiProperty({ example: '高盐废水零排放蒸发结晶技术攻关' })
  @Transform(trim)
  @IsString()
  @MinLength(L.title.minLength)
  @MaxLength(L.title.maxLength)
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(L.description.minLength)
  @MaxLength(L.description.maxLength)
  description!: string;

  /** 技术指标, one line each. */
  @ApiProperty({ type: [String], example: ['吨水处理能耗不高于 35 kWh', '结晶盐纯度不低于 98%'] })
  @Transform(trimAll)
  @IsArray()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.requirement.maxLength, { each: true })
  @ArrayMinSize(L.requirements.min)
  @ArrayMaxSize(L.requirements.max)
  requirements!: string[];

  @ApiProperty({ enum: FIELDS })
  @IsIn(FIELDS)
  field!: Field;

  /** 悬赏金额, integer yuan. */
  @ApiProperty({ minimum: L.bounty.min, maximum: L.bounty.max, example: 500000 })
  @IsInt()
  @Min(L.bounty.min)
  @Max(L.bounty.max)
  bounty!: number;

  /** Applications close at this moment (ISO 8601); it must lie in the future. */
  @ApiProperty({ example: '2027-03-31T16:00:00.000Z' })
  @IsISO8601({ strict: true })
  deadline!: string;

  @ApiProperty({ example: '鹿城区' })
  @IsString()
  @MaxLength(40)
  region!: string;

  /** Evaluation criteria; the weights sum to 100. */
  @ApiProperty({ type: [CriterionDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  @ArrayMinSize(L.criteria.min)
  @ArrayMaxSize(L.criteria.max)
  criteria!: CriterionDto[];
}

export class UpdateChallengeDto extends PartialType(CreateChallengeDto) {}

export class ChallengeReviewDto {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  /** Required when rejecting: the reason the publisher reads. */
  @ApiPropertyOptional({ maxLength: L.note.maxLength })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.note.maxLength)
  comment?: string;
}

export class ChallengeListQueryDto extends WordsQueryDto {
  @ApiPropertyOptional({ enum: CHALLENGE_STATUSES })
  @IsOptional()
  @IsIn(CHALLENGE_STATUSES)
  status?: ChallengeStatus;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS)
  field?: Field;

  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: QUEUE_SORTS })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;
}

export class TeamMemberDto implements TeamMember {
  @ApiProperty({ example: '陈立' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.teamName.maxLength)
  name!: string;

  @ApiProperty({ example: '教授，项目负责人' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.teamTitle.maxLength)
  title!: string;
}

export class MilestoneDto implements Milestone {
  @ApiProperty({ example: '完成中试装置设计' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.milestone.maxLength)
  title!: string;

  @ApiProperty({ example: '2027-06-30' })
  @IsISO8601({ strict: true })
  dueAt!: string;
}

export class ApplyDto implements ApplicationInput {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(L.approach.minLength)
  @MaxLength(L.approach.maxLength)
  approach!: string;

  @ApiProperty({ type: [TeamMemberDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TeamMemberDto)
  @ArrayMinSize(L.team.min)
  @ArrayMaxSize(L.team.max)
  team!: TeamMemberDto[];

  @ApiProperty({ type: [MilestoneDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MilestoneDto)
  @ArrayMinSize(L.milestones.min)
  @ArrayMaxSize(L.milestones.max)
  milestones!: MilestoneDto[];

  /** The price the team asks, integer yuan (the bounty when left out). */
  @ApiPropertyOptional({ minimum: 0, maximum: L.price.max })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(L.price.max)
  price?: number;
}

/** The reviewers by user id, or by e-mail (how staff know the experts they invite); at least one. */
export class ReviewersDto {
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(L.reviewers.max)
  userIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['expert@example.com'] })
  @IsOptional()
  @IsArray()
  @Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value))
  @IsEmail({}, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(L.reviewers.max)
  emails?: string[];
}

export class ScoreDto implements ScoreRequest {
  /** Criterion name → integer 0..100, every criterion of the challenge and no other. */
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer', minimum: 0, maximum: 100 }, example: { 技术先进性: 85, 经济可行性: 70 } })
  @IsObject()
  scores!: Record<string, number>;

  @ApiPropertyOptional({ maxLength: L.scoreComment.maxLength })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(L.scoreComment.maxLength)
  comment?: string;
}

export class AwardDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId!: string;

  /** When the announcement (公示) ends; 7 days on by default, at most 60. */
  @ApiPropertyOptional({ example: '2027-04-15T16:00:00.000Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  announcementEndsAt?: string;
}

export class ObjectionDto {
  @ApiProperty({ minLength: L.objection.minLength, maxLength: L.objection.maxLength })
  @Transform(trim)
  @IsString()
  @MinLength(L.objection.minLength)
  @MaxLength(L.objection.maxLength)
  text!: string;
}

export class ResolveObjectionDto {
  /** true: the objection stands and the challenge returns to evaluation. */
  @ApiProperty()
  @IsBoolean()
  upheld!: boolean;

  @ApiProperty({ maxLength: L.note.maxLength })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.note.maxLength)
  note!: string;
}

export class FailDto {
  @ApiProperty({ maxLength: L.note.maxLength, example: '无符合技术指标的方案，流榜' })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(L.note.maxLength)
  note!: string;
}

export class StatsQueryDto {
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}
