import { ApiProperty } from '@nestjs/swagger';
import { ORG_ROLES, ORGANIZATION_KINDS, ROLES, VERIFICATIONS, type AuthAnswer, type OrganizationKind, type OrganizationSummary, type OrgRole, type Role, type User, type Verification } from '@market/contracts';

export class OrganizationSummaryDto implements OrganizationSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind!: OrganizationKind;
  @ApiProperty({ nullable: true, type: String }) region!: string | null;
}

export class UserOrganizationDto extends OrganizationSummaryDto {
  /** 机构认证: until `verified`, listings are not published, auctions and deals are closed to it. */
  @ApiProperty({ enum: VERIFICATIONS }) verification!: Verification;
}

export class UserDto implements User {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ROLES }) role!: Role;
  @ApiProperty({ enum: ORG_ROLES }) orgRole!: OrgRole;
  @ApiProperty({ type: UserOrganizationDto }) organization!: UserOrganizationDto;
}

export class AuthAnswerDto implements AuthAnswer {
  @ApiProperty() accessToken!: string;
  @ApiProperty({ type: UserDto }) user!: UserDto;
}
