import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { BROKER_LEVELS, CONTRACT_TYPES, DEAL_AWAITING, DEAL_SORTS, DEAL_SOURCES, DEAL_STAGES, FIELDS, type DealAwaiting, type DealSort, type Field, type BrokerLevel, type ContractType, type DealSource, type DealStage } from '@market/contracts';
import { PageQueryDto } from '@market/server/platform';

/** The sources a person opens a deal from; auctions and challenges open theirs by themselves. */
const OPENABLE_SOURCES = DEAL_SOURCES.filter((s) => s !== 'auction' && s !== 'challenge');

/** The largest amount a single contract may carry (one trillion yuan): far above any real one, within JS integers. */
const MAX_AMOUNT = 1_000_000_000_000;

/** An optional contract amount: integer yuan from 0 to MAX_AMOUNT. */
const OptionalAmount = () => applyDecorators(ApiPropertyOptional({ minimum: 0 }), IsOptional(), IsInt(), Min(0), Max(MAX_AMOUNT));

export class OpenDealDto {
  @ApiProperty({ format: 'uuid', description: 'a published achievement; its owner becomes the seller' })
  @IsUUID()
  achievementId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  buyerOrganizationId!: string;

  /** The buyer's need this deal answers (a match). */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  needId?: string;

  /** Staff only: the broker who will carry the deal. A broker opening a deal carries it themself. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  brokerId?: string;

  /** Where the deal was opened from; defaults to `match` with a needId, else `manual`. */
  @ApiPropertyOptional({ enum: OPENABLE_SOURCES })
  @IsOptional()
  @IsIn(OPENABLE_SOURCES)
  source?: Exclude<DealSource, 'auction' | 'challenge'>;
}

export class ContractDto {
  @ApiProperty({ enum: CONTRACT_TYPES })
  @IsIn(CONTRACT_TYPES)
  type!: ContractType;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  number?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'default now (an amendment keeps the recorded date); not in the future' })
  @IsOptional()
  @IsISO8601({ strict: true })
  signedAt?: string;
}

export class RegistrationDto {
  /** 技术合同登记编号: 16 digits (year, the registry's area code, a 6-digit serial); absent → the platform issues the next one. */
  @ApiPropertyOptional({ pattern: '^\\d{16}$', example: '2026330300000123' })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  number?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'default now; between the signing and now; counts in the year of this moment in the market time zone (TIME_ZONE, default Asia/Shanghai)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  registeredAt?: string;
}

export class ConfirmDealDto {
  /** The amount the confirming party was shown; a contract changed since is not confirmed (409). */
  @OptionalAmount()
  amount?: number;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  type?: ContractType;
}

export class RevokeRegistrationDto {
  @ApiProperty({ maxLength: 500 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason!: string;
}

export class AdvanceDealDto {
  @ApiProperty({ enum: DEAL_STAGES })
  @IsIn(DEAL_STAGES)
  stage!: DealStage;

  /** Integer yuan; required when signing unless the deal already has one (an auction price). */
  @OptionalAmount()
  amount?: number;

  @ApiPropertyOptional({ type: ContractDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContractDto)
  contract?: ContractDto;

  @ApiPropertyOptional({ type: RegistrationDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationDto)
  registration?: RegistrationDto;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class AssignBrokerDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  brokerId!: string;
}

export class DealListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: DEAL_STAGES })
  @IsOptional()
  @IsIn(DEAL_STAGES)
  stage?: DealStage;

  /**
   * Signed contracts waiting for someone: `registration` — both parties confirmed, staff to
   * register (合同待登记); `confirmation` — the caller's organization has not confirmed yet.
   */
  @ApiPropertyOptional({ enum: DEAL_AWAITING })
  @IsOptional()
  @IsIn(DEAL_AWAITING)
  awaiting?: DealAwaiting;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS)
  field?: Field;

  @ApiPropertyOptional({ maxLength: 40, description: 'the seller\'s region (district code)' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  region?: string;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  contractType?: ContractType;

  @ApiPropertyOptional({ enum: DEAL_SORTS, default: 'recent' })
  @IsOptional()
  @IsIn(DEAL_SORTS)
  sort?: DealSort;
}

export class YearQueryDto {
  /** Defaults to the current year in the market's time zone (TIME_ZONE, default Asia/Shanghai). */
  @ApiPropertyOptional({ minimum: 2000, maximum: 2100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class TargetDto {
  /** Integer yuan (24 billion = 24000000000). */
  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_AMOUNT * 100)
  target!: number;
}

export class BrokerProfileDto {
  @ApiPropertyOptional({ enum: BROKER_LEVELS })
  @IsOptional()
  @IsIn(BROKER_LEVELS)
  certificationLevel?: BrokerLevel;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  certificationNumber?: string;
}
