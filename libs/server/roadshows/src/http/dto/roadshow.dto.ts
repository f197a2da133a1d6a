import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUrl, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ROADSHOW_KINDS, type RoadshowKind } from '@market/contracts';
import { PageQueryDto } from '@market/server/platform';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export class CreateRoadshowDto {
  /** 活动名称 */
  @ApiProperty({ example: '新能源与新材料成果专场路演' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: ROADSHOW_KINDS })
  @IsIn(ROADSHOW_KINDS)
  kind!: RoadshowKind;

  /** ISO 8601, UTC. */
  @ApiProperty({ example: '2026-12-10T06:00:00Z' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  /** ISO 8601, UTC; after startsAt. */
  @ApiProperty({ example: '2026-12-10T08:00:00Z' })
  @IsISO8601({ strict: true })
  endsAt!: string;

  /** 地点 (on site). */
  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(300)
  venue?: string | null;

  /** 线上链接 (online). */
  @ApiPropertyOptional({ nullable: true, example: 'https://meeting.example.com/j/123' })
  @IsOptional()
  @Transform(emptyToNull)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  onlineUrl?: string | null;

  /** 名额 */
  @ApiProperty({ minimum: 1, maximum: 100000 })
  @IsInt()
  @Min(1)
  @Max(100_000)
  capacity!: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Transform(emptyToNull)
  @IsString()
  @MaxLength(5000)
  description?: string | null;
}

/** Any of the fields; moving startsAt moves the programme and the reminders with it. */
export class UpdateRoadshowDto extends PartialType(CreateRoadshowDto) {}

export class ProposeSlotDto {
  @ApiProperty({ description: 'a published achievement' })
  @IsUUID()
  achievementId!: string;

  @ApiProperty({ example: '2026-12-10T06:00:00Z' })
  @IsISO8601({ strict: true })
  startsAt!: string;

  @ApiProperty({ minimum: 5, maximum: 480 })
  @IsInt()
  @Min(5)
  @Max(480)
  durationMinutes!: number;
}

export class AttendanceDto {
  /** Registered users whose attendance is recorded. */
  @ApiProperty({ type: [String] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  userIds!: string[];

  @ApiProperty()
  @IsBoolean()
  attended!: boolean;
}

export class ListRoadshowsQueryDto extends PageQueryDto {
  /** Events starting at or after this moment. */
  @ApiPropertyOptional({ example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  /** Events starting before this moment. */
  @ApiPropertyOptional({ example: '2027-01-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ enum: ROADSHOW_KINDS })
  @IsOptional()
  @IsIn(ROADSHOW_KINDS)
  kind?: RoadshowKind;
}
