import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ACHIEVEMENT_SORTS, BOUNTY_BANDS, CHALLENGE_SORTS, FIELDS, MATURITIES, NEED_SORTS, PUBLIC_CHALLENGE_STATUSES, TRANSFER_MODES, type AchievementSort, type ChallengeSort, type NeedSort } from '@market/contracts';
import { PageQueryDto } from '@market/server/platform';

/** Filters are bounded like the amounts they compare with (one trillion yuan), so no filter reaches Meilisearch out of range. */
const MAX_MONEY = 1_000_000_000_000;

class SearchQueryDto extends PageQueryDto {
  /** Free text, Chinese or not. */
  @ApiPropertyOptional({ example: '充电桩' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS)
  field?: string;

  @ApiPropertyOptional({ example: '瑞安市' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  region?: string;
}

export class AchievementSearchDto extends SearchQueryDto {
  @ApiPropertyOptional({ enum: MATURITIES })
  @IsOptional()
  @IsIn(MATURITIES)
  maturity?: string;

  @ApiPropertyOptional({ enum: TRANSFER_MODES })
  @IsOptional()
  @IsIn(TRANSFER_MODES)
  transferMode?: string;

  @ApiPropertyOptional({ description: 'yuan' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  minPrice?: number;

  @ApiPropertyOptional({ description: 'yuan' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  maxPrice?: number;

  @ApiPropertyOptional({ enum: ACHIEVEMENT_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(ACHIEVEMENT_SORTS)
  sort?: AchievementSort;
}

export class NeedSearchDto extends SearchQueryDto {
  @ApiPropertyOptional({ enum: TRANSFER_MODES })
  @IsOptional()
  @IsIn(TRANSFER_MODES)
  cooperationMode?: string;

  @ApiPropertyOptional({ description: 'yuan' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  minBudget?: number;

  @ApiPropertyOptional({ description: 'yuan' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  maxBudget?: number;

  @ApiPropertyOptional({ enum: NEED_SORTS, default: 'relevance' })
  @IsOptional()
  @IsIn(NEED_SORTS)
  sort?: NeedSort;
}

export class ChallengeSearchDto extends SearchQueryDto {
  @ApiPropertyOptional({ enum: PUBLIC_CHALLENGE_STATUSES })
  @IsOptional()
  @IsIn(PUBLIC_CHALLENGE_STATUSES)
  status?: string;

  @ApiPropertyOptional({ description: 'yuan: challenges with at least this bounty' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  minBounty?: number;

  @ApiPropertyOptional({ enum: BOUNTY_BANDS.map((b) => b.key) })
  @IsOptional()
  @IsIn(BOUNTY_BANDS.map((b) => b.key))
  bountyBand?: string;

  @ApiPropertyOptional({ enum: CHALLENGE_SORTS })
  @IsOptional()
  @IsIn(CHALLENGE_SORTS)
  sort?: ChallengeSort;
}
