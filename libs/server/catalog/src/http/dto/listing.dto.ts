import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidateNested,
  ValidatorConstraint,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  FIELDS,
  LISTING_LIMITS as L,
  LISTING_STATUSES,
  type ListingStatus,
  REVIEW_BATCH_MAX,
  REVIEW_QUEUE_SORTS,
  type ReviewBatchRequest,
  type ReviewQueueSort,
  MATURITIES,
  PATENT_TYPES,
  TRANSFER_MODES,
  type AchievementInput,
  type Field,
  type Maturity,
  type NeedInput,
  type Patent,
  type PatentType,
  type ReviewRequest,
  type TransferMode,
  reviewCommentRequired,
} from '@market/contracts';
import { isValidPatentNumber } from '@market/shared/validators';
import { WordsQueryDto } from '@market/server/platform';

// Every limit below comes from LISTING_LIMITS in @market/contracts: the web's forms check the same ones.
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimAll = ({ value }: { value: unknown }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value);

@ValidatorConstraint({ name: 'patentNumber' })
class PatentNumberConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidPatentNumber(value);
  }
  defaultMessage(): string {
    return 'patents.number must be a Chinese application number with a correct check character (CN202310123456.6) or a publication number (CN117151122A)';
  }
}

export class PatentDto implements Patent {
  @ApiProperty({ example: 'CN202310123456.6' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @MaxLength(L.patentNumber.maxLength)
  @Validate(PatentNumberConstraint)
  number!: string;

  @ApiProperty({ enum: PATENT_TYPES })
  @IsIn(PATENT_TYPES)
  type!: PatentType;
}

export class CreateAchievementDto implements AchievementInput {
  @ApiProperty({ example: '一种高效率充电桩功率模块' })
  @Transform(trim)
  @IsString()
  @MinLength(L.title.minLength)
  @MaxLength(L.title.maxLength)
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(L.body.minLength)
  @MaxLength(L.body.maxLength)
  summary!: string;

  @ApiProperty({ enum: FIELDS })
  @IsIn(FIELDS)
  field!: Field;

  @ApiProperty({ type: [String], example: ['充电桩', '功率模块'] })
  @Transform(trimAll)
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.keywords.maxLength, { each: true })
  // class-validator checks the decorator nearest the property first: the size before uniqueness
  @ArrayMaxSize(L.keywords.maxItems)
  keywords!: string[];

  @ApiProperty({ enum: MATURITIES })
  @IsIn(MATURITIES)
  maturity!: Maturity;

  @ApiProperty({ enum: TRANSFER_MODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TRANSFER_MODES, { each: true })
  transferModes!: TransferMode[];

  /** Integer yuan; null means negotiable (面议). */
  @ApiProperty({ type: Number, nullable: true, example: 800000 })
  @ValidateIf((_, v) => v !== null)
  @IsInt()
  @Min(L.money.min)
  @Max(L.money.max)
  askingPrice!: number | null;

  @ApiProperty({ type: [PatentDto] })
  @IsArray()
  @ArrayMaxSize(L.patents.maxItems)
  @ValidateNested({ each: true })
  @Type(() => PatentDto)
  patents!: PatentDto[];

  /** One of the configured regions (`GET /api/config`). */
  @ApiProperty({ example: '瑞安市' })
  @IsString()
  @MaxLength(L.region.maxLength)
  region!: string;

  @ApiProperty({ type: [String], example: ['王明', '陈静'] })
  @Transform(trimAll)
  @IsArray()
  @ArrayMaxSize(L.inventors.maxItems)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.inventors.maxLength, { each: true })
  inventors!: string[];
}

export class UpdateAchievementDto extends PartialType(CreateAchievementDto) {}

export class CreateNeedDto implements Omit<NeedInput, 'deadline'> {
  @ApiProperty({ example: '鞋底胶粘剂VOC排放超标，寻求水性替代方案' })
  @Transform(trim)
  @IsString()
  @MinLength(L.title.minLength)
  @MaxLength(L.title.maxLength)
  title!: string;

  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(L.body.minLength)
  @MaxLength(L.body.maxLength)
  description!: string;

  @ApiProperty({ enum: FIELDS })
  @IsIn(FIELDS)
  field!: Field;

  @ApiProperty({ type: [String] })
  @Transform(trimAll)
  @IsArray()
  @ArrayUnique()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(L.keywords.maxLength, { each: true })
  // class-validator checks the decorator nearest the property first: the size before uniqueness
  @ArrayMaxSize(L.keywords.maxItems)
  keywords!: string[];

  @ApiProperty({ example: 200000 })
  @IsInt()
  @Min(L.money.min)
  @Max(L.money.max)
  budgetMin!: number;

  @ApiProperty({ example: 800000 })
  @IsInt()
  @Min(L.money.min)
  @Max(L.money.max)
  budgetMax!: number;

  /** ISO 8601 date or date-time in the future. */
  @ApiProperty({ example: '2027-06-30' })
  @IsISO8601({ strict: true })
  deadline!: string;

  @ApiProperty({ example: '乐清市' })
  @IsString()
  @MaxLength(L.region.maxLength)
  region!: string;

  @ApiProperty({ enum: TRANSFER_MODES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(TRANSFER_MODES, { each: true })
  cooperationModes!: TransferMode[];
}

export class UpdateNeedDto extends PartialType(CreateNeedDto) {}

@ValidatorConstraint({ name: 'reviewComment' })
class ReviewCommentConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const { decision } = args.object as ReviewDto;
    return !reviewCommentRequired(decision) || (typeof value === 'string' && value.trim() !== '');
  }
  defaultMessage(): string {
    return 'comment is required when rejecting: the owner reads it to know what to change (驳回时请填写驳回意见)';
  }
}

export class ReviewDto implements ReviewRequest {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  /** Required when rejecting (`reviewCommentRequired`): the reason the owner reads. */
  @ApiPropertyOptional({ example: '请补充专利证书编号', description: 'required when decision is reject' })
  // Optional for an approval; a rejection without one is refused by ReviewCommentConstraint.
  @ValidateIf((o: ReviewDto, value: unknown) => (value !== undefined && value !== null) || reviewCommentRequired(o.decision))
  @Transform(trim)
  @Validate(ReviewCommentConstraint)
  @IsString()
  @MaxLength(L.reviewComment.maxLength)
  comment?: string;
}

/** One decision and one comment for several listings of a kind (the comment rule as for one). */
export class ReviewBatchDto extends ReviewDto implements ReviewBatchRequest {
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: REVIEW_BATCH_MAX })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(REVIEW_BATCH_MAX)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  ids!: string[];
}

/** The review queue's filters: words of the title, field, region, and the order. */
export class ReviewQueueQueryDto extends WordsQueryDto {
  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS)
  field?: Field;

  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: REVIEW_QUEUE_SORTS, default: 'oldest' })
  @IsOptional()
  @IsIn(REVIEW_QUEUE_SORTS)
  sort?: ReviewQueueSort;
}

/** 我的成果 / 我的需求: one status, and words of the title. */
export class MineQueryDto extends WordsQueryDto {
  @ApiPropertyOptional({ enum: LISTING_STATUSES })
  @IsOptional()
  @IsIn(LISTING_STATUSES)
  status?: ListingStatus;
}
