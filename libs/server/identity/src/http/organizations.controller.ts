import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Invitation, InvitationSummary, Member, Organization, OrganizationForReview, Paginated, Verification } from '@market/contracts';
import type { AuthUser } from '../domain/access';
import { Invitations } from '../application/invitations';
import { Organizations } from '../application/organizations';
import { Auth, CurrentUser } from './auth.decorators';
import { CreateInvitationDto, TransferAdminDto, VerificationQueueQueryDto, VerifyOrganizationDto } from './dto/organization.dto';

/** The caller's organization (members; admins for changes) and the bureau's verification queue. */
@ApiTags('identity')
@Controller('organizations')
export class OrganizationsController {
  constructor(
    private readonly organizations: Organizations,
    private readonly invitations: Invitations,
  ) {}

  @Get('mine')
  @Auth()
  @ApiOkResponse({ description: 'the caller’s organization with its verification status and reason' })
  mine(@CurrentUser() user: AuthUser): Promise<Organization> {
    return this.organizations.mine(user);
  }

  @Get('mine/members')
  @Auth()
  @ApiOkResponse({ description: '[{id, name, email, role, orgRole}]' })
  members(@CurrentUser() user: AuthUser): Promise<Member[]> {
    return this.organizations.members(user);
  }

  @Delete('mine/members/:userId')
  @Auth()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'removed; the member’s tokens answer 401 from now on' })
  async removeMember(@CurrentUser() user: AuthUser, @Param('userId', new ParseUUIDPipe()) userId: string): Promise<void> {
    await this.organizations.removeMember(user, userId);
  }

  @Post('mine/admin')
  @Auth()
  @HttpCode(200)
  @ApiOkResponse({ description: 'the members, with the new admin; the caller stays as a member' })
  transferAdmin(@CurrentUser() user: AuthUser, @Body() dto: TransferAdminDto): Promise<Member[]> {
    return this.organizations.transferAdmin(user, dto.userId);
  }

  @Post('mine/invitations')
  @Auth()
  @ApiCreatedResponse({ description: '{id, code, expiresAt, maxUses}: the code is shown this once' })
  async invite(@CurrentUser() user: AuthUser, @Body() dto: CreateInvitationDto): Promise<Invitation> {
    await this.organizations.assertAdmin(user);
    return this.invitations.create(user, dto.maxUses, dto.expiresInDays);
  }

  @Get('mine/invitations')
  @Auth()
  @ApiOkResponse({ description: '[{id, expiresAt, maxUses, uses, revokedAt, createdAt}]' })
  async invitationList(@CurrentUser() user: AuthUser): Promise<InvitationSummary[]> {
    await this.organizations.assertAdmin(user);
    return this.invitations.list(user);
  }

  @Delete('mine/invitations/:id')
  @Auth()
  @HttpCode(204)
  async revokeInvitation(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.organizations.assertAdmin(user);
    await this.invitations.revoke(user, id);
  }

  @Get('verification-queue')
  @Auth('staff')
  @ApiOkResponse({ description: 'pending organizations matching `q` (name or credit code) and `kind`, oldest first unless `sort=newest`, with credit code check and admin' })
  queue(@Query() q: VerificationQueueQueryDto): Promise<Paginated<OrganizationForReview>> {
    return this.organizations.verificationQueue({ q: q.q || undefined, kind: q.kind, sort: q.sort }, q.page, q.pageSize);
  }

  @Post(':id/verify')
  @Auth('staff')
  @HttpCode(200)
  @ApiOkResponse({ description: '{id, verification}' })
  @ApiConflictResponse({ description: 'already decided' })
  verify(@CurrentUser() user: AuthUser, @Param('id', new ParseUUIDPipe()) id: string, @Body() dto: VerifyOrganizationDto): Promise<{ id: string; verification: Verification }> {
    return this.organizations.verify(user, id, dto.decision, dto.comment);
  }
}
