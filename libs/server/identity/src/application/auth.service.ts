import { passwordProblem } from '../domain/password-policy';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AUTH_ERRORS, IDENTITY_ERRORS, type AuthAnswer, type OrganizationKind, type Role, type User, type Verification } from '@market/contracts';
import { APP_CONFIG, type AppConfig, fail, isUniqueViolation, WorkSignals } from '@market/server/platform';
import { roleFitsKind, type AuthUser } from '../domain/access';
import { OrganizationEntity } from '../infrastructure/organization.entity';
import { UserEntity } from '../infrastructure/user.entity';
import type { RegisterDto, RegisterOrganizationDto } from '../http/dto/register.dto';
import { OrganizationQueries } from '../infrastructure/organization.queries';
import { UserQueries } from '../infrastructure/user.queries';
import { Invitations } from './invitations';
import { LoginLimiter } from './login-limiter';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import { roleDoesNotFit } from './role-fit';

export interface TokenPayload {
  sub: string;
  role: Role;
  org: string;
  /** The user's token version when the token was made (docs/decisions/0007). */
  ver?: number;
}

export function toUser(entity: UserEntity): User {
  const o = entity.organization;
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    orgRole: entity.orgRole,
    organization: { id: o.id, name: o.name, kind: o.kind, region: o.region, verification: o.verification },
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly limiter: LoginLimiter,
    private readonly invitations: Invitations,
    private readonly users: UserQueries,
    private readonly organizations: OrganizationQueries,
    private readonly work: WorkSignals,
  ) {}

  /**
   * Signs up by creating an organization (the caller becomes its admin) or by joining one with an
   * invitation code (a member). Naming an existing organization joins nothing: it is refused with
   * the way in (an invitation from its admin).
   */
  async register(dto: RegisterDto): Promise<AuthAnswer> {
    if ((dto.organization === undefined) === (dto.invitationCode === undefined)) throw fail(IDENTITY_ERRORS.ORGANIZATION_OR_INVITATION);
    // the clearest answer first: an address that has an account signs in instead
    if (await this.users.emailKnown(dto.email)) throw fail(IDENTITY_ERRORS.EMAIL_TAKEN);
    const weak = passwordProblem(dto.password, { email: dto.email });
    if (weak) throw fail(IDENTITY_ERRORS.WEAK_PASSWORD, { reason: weak.zh, reasonEn: weak.en });
    const passwordHash = await hashPassword(dto.password);
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const { organizationId, orgRole } = dto.organization ? await this.createOrganization(manager, dto.role, dto.organization) : await this.invitations.redeem(manager, dto.invitationCode as string, dto.role);
        const inserted = await manager.insert(UserEntity, { email: dto.email, passwordHash, name: dto.name, role: dto.role, organizationId, orgRole });
        return manager.findOneOrFail(UserEntity, { where: { id: inserted.identifiers[0]['id'] as string } });
      });
      // a new organization waits in staff's verification queue
      if (dto.organization) await this.work.nudge({ staff: true });
      return this.answer(user);
    } catch (e) {
      if (isUniqueViolation(e, 'users_email')) throw fail(IDENTITY_ERRORS.EMAIL_TAKEN);
      if (isUniqueViolation(e, 'organizations_name_kind')) throw fail(IDENTITY_ERRORS.ORGANIZATION_EXISTS);
      if (isUniqueViolation(e, 'organizations_credit_code')) throw fail(IDENTITY_ERRORS.CREDIT_CODE_TAKEN);
      throw e;
    }
  }

  private async createOrganization(manager: EntityManager, role: Role, org: RegisterOrganizationDto): Promise<{ organizationId: string; orgRole: 'admin' }> {
    if (org.region !== undefined && !this.config.regions.includes(org.region)) throw fail(IDENTITY_ERRORS.UNKNOWN_REGION, { regions: this.config.regions.join('、') });
    if (org.kind === 'bureau') throw fail(IDENTITY_ERRORS.BUREAU_NOT_SELF_SERVICE);
    if (!roleFitsKind(role, org.kind)) throw roleDoesNotFit(role);
    if (org.kind === 'enterprise' && !org.creditCode) throw fail(IDENTITY_ERRORS.CREDIT_CODE_REQUIRED);
    if (await this.organizations.nameTaken(manager, org.name, org.kind)) throw fail(IDENTITY_ERRORS.ORGANIZATION_EXISTS);
    if (org.creditCode) {
      if (await this.organizations.creditCodeTaken(manager, org.creditCode)) throw fail(IDENTITY_ERRORS.CREDIT_CODE_TAKEN);
    }
    // a concurrent sign-up with the same name or code loses on the unique keys (mapped in register)
    const inserted = await manager.insert(OrganizationEntity, { name: org.name, kind: org.kind, region: org.region ?? null, creditCode: org.creditCode ?? null, verification: 'pending' });
    return { organizationId: inserted.identifiers[0]['id'] as string, orgRole: 'admin' };
  }

  async login(email: string, password: string, address: string): Promise<AuthAnswer> {
    await this.limiter.assertAllowed(email, address);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok) {
      await this.limiter.recordFailure(email, address);
      throw fail(AUTH_ERRORS.BAD_CREDENTIALS);
    }
    if (user.removedAt) throw fail(AUTH_ERRORS.REMOVED);
    await this.limiter.recordSuccess(email, address);
    return this.answer(user);
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: caller.id } });
    if (!user || user.removedAt) throw fail(AUTH_ERRORS.USER_GONE);
    return toUser(user);
  }

  /**
   * For staff and the demo market, never for sign-up: the organization of that name and kind,
   * created `verified` when it is new (concurrent calls end up in one row: the unique key decides).
   */
  async findOrCreateOrganization(
    manager: EntityManager,
    name: string,
    kind: OrganizationKind,
    region: string | null,
    creditCode: string | null,
    verification: Verification = 'verified',
  ): Promise<OrganizationEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values({ name, kind, region, creditCode, verification, verifiedAt: verification === 'verified' ? new Date() : null })
      .orIgnore()
      .execute();
    return manager.findOneOrFail(OrganizationEntity, { where: { name, kind } });
  }

  private answer(user: UserEntity): AuthAnswer {
    const payload: TokenPayload = { sub: user.id, role: user.role, org: user.organizationId, ver: user.tokenVersion };
    return { accessToken: this.jwt.sign(payload), user: toUser(user) };
  }
}
