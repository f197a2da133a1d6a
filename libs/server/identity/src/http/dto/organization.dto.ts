import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { type CreateInvitationRequest, ORGANIZATION_KINDS, type OrganizationKind, QUEUE_SORTS, type QueueSort, type VerifyOrganizationRequest } from '@market/contracts';
import { WordsQueryDto } from '@market/server/platform';
import { MAX_INVITATION_DAYS, MAX_INVITATION_USES } from '../../domain/invitation';

export class CreateInvitationDto implements CreateInvitationRequest {
  /** How many people may join with the code (default 1). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INVITATION_USES, default: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INVITATION_USES)
  maxUses?: number;

  /** Days until the code expires (default 7). */
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_INVITATION_DAYS, default: 7 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_INVITATION_DAYS)
  expiresInDays?: number;
}

export class VerifyOrganizationDto implements VerifyOrganizationRequest {
  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'])
  decision!: 'approve' | 'reject';

  /** Required when rejecting: the reason the organization's members read. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  comment?: string;
}

export class TransferAdminDto {
  /** The member who becomes the organization's admin. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;
}

/** The verification queue's filters: words of the name or credit code, the kind, the order. */
export class VerificationQueueQueryDto extends WordsQueryDto {
  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ enum: QUEUE_SORTS, default: 'oldest' })
  @IsOptional()
  @IsIn(QUEUE_SORTS)
  sort?: QueueSort;
}
