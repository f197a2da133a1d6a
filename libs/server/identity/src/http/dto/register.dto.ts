import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  type ValidatorConstraintInterface,
} from 'class-validator';
import {
  ORGANIZATION_KINDS,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  SELF_REGISTRABLE_ROLES,
  type OrganizationKind,
  type RegisterOrganizationRequest,
  type RegisterRequest,
  type SelfRegistrableRole,
} from '@market/contracts';
import { isValidCreditCode } from '@market/shared/validators';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@ValidatorConstraint({ name: 'creditCode' })
class CreditCodeConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidCreditCode(value);
  }
  defaultMessage(): string {
    return 'organization.creditCode is not a valid unified social credit code (统一社会信用代码校验位错误)';
  }
}

export class RegisterOrganizationDto implements RegisterOrganizationRequest {
  /** The organization's full name; one that exists with this kind is refused (join it with an invitation code). */
  @ApiProperty({ example: '温州大学' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS })
  @IsIn(ORGANIZATION_KINDS)
  kind!: OrganizationKind;

  /** One of the configured regions (see `GET /api/config`). */
  @ApiPropertyOptional({ example: '鹿城区' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  region?: string;

  /** Unified social credit code (18 characters, GB 32100-2015 check character). */
  @ApiPropertyOptional({ example: '91350100M000100Y43' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Validate(CreditCodeConstraint)
  creditCode?: string;
}

export class RegisterDto implements RegisterRequest {
  @ApiProperty({ example: 'zhang.wei@example.com' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ example: '张伟' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  name!: string;

  /** `staff` cannot register itself. */
  @ApiProperty({ enum: SELF_REGISTRABLE_ROLES })
  @IsIn(SELF_REGISTRABLE_ROLES, { message: `role must be one of: ${SELF_REGISTRABLE_ROLES.join(', ')}` })
  role!: SelfRegistrableRole;

  /** A new organization, whose admin the caller becomes (send this or `invitationCode`). */
  @ApiPropertyOptional({ type: RegisterOrganizationDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RegisterOrganizationDto)
  organization?: RegisterOrganizationDto;

  /** An invitation code from an organization's admin: joins that organization as a member. */
  @ApiPropertyOptional({ example: 'K7QM-3XPA-…' })
  @IsOptional()
  @IsString()
  @MinLength(10)
  @MaxLength(64)
  invitationCode?: string;
}
