import { passwordProblem } from '../domain/password-policy';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KINDS_OF_ROLE, type AuthAnswer, type OrganizationKind, type Role, type User, type Verification } from '@market/contracts';
import { APP_CONFIG, type AppConfig, conflict, invalid, isUniqueViolation, unauthenticated } from '@market/server/platform';
import { roleFitsKind, type AuthUser } from '../domain/access';
import { OrganizationEntity } from '../infrastructure/organization.entity';
import { UserEntity } from '../infrastructure/user.entity';
import type { RegisterDto, RegisterOrganizationDto } from '../http/dto/register.dto';
import { Invitations } from './invitations';
import { LoginLimiter } from './login-limiter';
import { dummyHash, hashPassword, verifyPassword } from './passwords';

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
  ) {}

  /**
   * Signs up by creating an organization (the caller becomes its admin) or by joining one with an
   * invitation code (a member). Naming an existing organization joins nothing: it is refused with
   * the way in (an invitation from its admin).
   */
  async register(dto: RegisterDto): Promise<AuthAnswer> {
    if ((dto.organization === undefined) === (dto.invitationCode === undefined)) {
      throw invalid('IDENTITY.ORGANIZATION_OR_INVITATION', 'send exactly one of organization (create a new one) and invitationCode (join one) (请选择新建单位或使用邀请码加入)');
    }
    // the clearest answer first: an address that has an account signs in instead
    const [known] = await this.dataSource.query(`SELECT 1 FROM users WHERE email = $1`, [dto.email]);
    if (known) throw conflict('IDENTITY.EMAIL_TAKEN', '该邮箱已注册 (email is already registered)');
    const weak = passwordProblem(dto.password, { email: dto.email });
    if (weak) throw invalid('IDENTITY.WEAK_PASSWORD', `password: ${weak}`);
    const passwordHash = await hashPassword(dto.password);
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const { organizationId, orgRole } = dto.organization ? await this.createOrganization(manager, dto.role, dto.organization) : await this.invitations.redeem(manager, dto.invitationCode as string, dto.role);
        const inserted = await manager.insert(UserEntity, { email: dto.email, passwordHash, name: dto.name, role: dto.role, organizationId, orgRole });
        return manager.findOneOrFail(UserEntity, { where: { id: inserted.identifiers[0]['id'] as string } });
      });
      return this.answer(user);
    } catch (e) {
      if (isUniqueViolation(e, 'users_email')) throw conflict('IDENTITY.EMAIL_TAKEN', '该邮箱已注册 (email is already registered)');
      if (isUniqueViolation(e, 'organizations_name_kind')) throw this.organizationExists();
      if (isUniqueViolation(e, 'organizations_credit_code')) throw this.creditCodeTaken();
      throw e;
    }
  }

  private async createOrganization(manager: EntityManager, role: Role, org: RegisterOrganizationDto): Promise<{ organizationId: string; orgRole: 'admin' }> {
    if (org.region !== undefined && !this.config.regions.includes(org.region)) {
      throw invalid('IDENTITY.UNKNOWN_REGION', `organization.region must be one of: ${this.config.regions.join(', ')}`);
    }
    if (org.kind === 'bureau') throw invalid('IDENTITY.BUREAU_NOT_SELF_SERVICE', 'organization.kind bureau is reserved for staff accounts');
    if (!roleFitsKind(role, org.kind)) throw this.roleDoesNotFit(role);
    if (org.kind === 'enterprise' && !org.creditCode) throw invalid('IDENTITY.CREDIT_CODE_REQUIRED', 'organization.creditCode is required for an enterprise (企业须填写统一社会信用代码)');
    const [existing] = await manager.query(`SELECT 1 FROM organizations WHERE name = $1 AND kind = $2`, [org.name, org.kind]);
    if (existing) throw this.organizationExists();
    if (org.creditCode) {
      const [taken] = await manager.query(`SELECT 1 FROM organizations WHERE credit_code = $1`, [org.creditCode]);
      if (taken) throw this.creditCodeTaken();
    }
    // a concurrent sign-up with the same name or code loses on the unique keys (mapped in register)
    const inserted = await manager.insert(OrganizationEntity, { name: org.name, kind: org.kind, region: org.region ?? null, creditCode: org.creditCode ?? null, verification: 'pending' });
    return { organizationId: inserted.identifiers[0]['id'] as string, orgRole: 'admin' };
  }

  private organizationExists() {
    return conflict(
      'IDENTITY.ORGANIZATION_EXISTS',
      '该单位已在平台注册：请向本单位管理员索取邀请码，使用 invitationCode 加入 (this organization exists: join it with an invitation code from its admin)',
    );
  }

  private creditCodeTaken() {
    return conflict('IDENTITY.CREDIT_CODE_TAKEN', '该统一社会信用代码已被其他单位使用 (this credit code belongs to another organization)');
  }

  private roleDoesNotFit(role: Role) {
    return invalid('IDENTITY.ROLE_KIND_MISMATCH', `role ${role} must belong to an organization of kind: ${KINDS_OF_ROLE[role].join(' or ')} (身份与单位类型不符)`);
  }

  async login(email: string, password: string, address: string): Promise<AuthAnswer> {
    await this.limiter.assertAllowed(email, address);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok) {
      await this.limiter.recordFailure(email, address);
      throw unauthenticated('AUTH.BAD_CREDENTIALS', '邮箱或密码错误 (wrong email or password)');
    }
    if (user.removedAt) throw unauthenticated('AUTH.REMOVED', '该账号已被移出所在单位，请联系单位管理员 (this account was removed from its organization)');
    await this.limiter.recordSuccess(email, address);
    return this.answer(user);
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: caller.id } });
    if (!user || user.removedAt) throw unauthenticated('AUTH.USER_GONE', 'this account no longer exists');
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
