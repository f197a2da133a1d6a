import { ApiProperty } from '@nestjs/swagger';
import { ORGANIZATION_KINDS, ROLES, type AuthAnswer, type OrganizationKind, type OrganizationSummary, type Role, type User } from '@market/contracts';

export class OrganizationSummaryDto implements OrganizationSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ nullable: true, type: String }) region!: string | null;
}

export class UserDto implements User {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ type: OrganizationSummaryDto }) organization!: OrganizationSummaryDto;
}

export class AuthAnswerDto implements AuthAnswer {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
