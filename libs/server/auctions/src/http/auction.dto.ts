import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, Equals, IsArray, IsIn, IsNotEmpty, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { AUCTION_STATUSES, type AuctionStatus, type SocketBid } from '@market/contracts';
import { PageQueryDto } from '@market/server/platform';

const MAX_MONEY = 1_000_000_000_000; // one trillion yuan: beyond any real lot
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LotInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  achievementId!: string;

  @ApiProperty({ description: '起拍价, yuan' })
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  startingPrice!: number;

  @ApiProperty({ description: '加价幅度, yuan' })
  @IsInt()
  @Min(1)
  @Max(MAX_MONEY)
  increment!: number;

  @ApiPropertyOptional({ description: '保留价, yuan; never shown to bidders' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  reservePrice?: number;

  @ApiProperty({ description: '保证金, yuan' })
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  deposit!: number;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  endsAt!: string;
}

export class CreateAuctionDto {
  @ApiProperty()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;

  @ApiProperty({ format: 'date-time' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  /** This auction's own 竞买须知; without it bidders accept the market's standard terms. */
  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  terms?: string;

  @ApiPropertyOptional({ default: 300, description: '延时周期 in seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3600)
  extensionSeconds?: number;

  @ApiProperty({ type: [LotInputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => LotInputDto)
  lots!: LotInputDto[];
}

export class RegisterDto {
  /** The bidder accepts the auction's 竞买须知 (`rules.terms`); registering without it is refused. */
  @ApiProperty({ enum: [true] })
  @Equals(true, { message: 'acceptTerms must be true: registering means accepting the 竞买须知 (请阅读并同意竞买须知)' })
  acceptTerms!: true;
}

export class ConfirmDepositDto {
  /** Yuan received: at least the auction's required deposit (`rules.deposit.amount`). */
  @ApiProperty({ minimum: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  amount!: number;

  /** The payment's reference, e.g. the bank's transaction number. */
  @ApiProperty({ maxLength: 100 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  reference!: string;
}

export class AuctionListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: AUCTION_STATUSES })
  @IsOptional()
  @IsIn(AUCTION_STATUSES)
  status?: AuctionStatus;
}

export class BidDto {
  @ApiProperty({ description: 'yuan' })
  @IsInt()
  @Min(1)
  @Max(MAX_MONEY)
  amount!: number;
}

/** A `bid` over the live room's socket: the HTTP body plus what the URL and the header carry there. */
export class SocketBidDto extends BidDto implements SocketBid {
  @IsUUID()
  lotId!: string;

  /** Its form is checked where the header's is, in Bidding.place. */
  @IsOptional()
  @IsString()
  idempotencyKey?: string;
}

export class BidLogQueryDto {
  @ApiPropertyOptional({ description: 'only the newest n bids', minimum: 1, maximum: 10000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  limit?: number;
}
