import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AuthAnswer, OrganizationKind, Role, User } from '@market/contracts';
import { APP_CONFIG, type AppConfig, conflict, invalid, isUniqueViolation, unauthenticated } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import { OrganizationEntity } from '../infrastructure/organization.entity';
import { UserEntity } from '../infrastructure/user.entity';
import type { RegisterDto } from '../http/dto/register.dto';
import { LoginLimiter } from './login-limiter';
import { dummyHash, hashPassword, verifyPassword } from './passwords';

export interface TokenPayload {
  sub: string;
  role: Role;
  org: string;
}

export function toUser(entity: UserEntity): User {
  const o = entity.organization;
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    organization: { id: o.id, name: o.name, kind: o.kind, region: o.region },
  };
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jwt: JwtService,
    private readonly limiter: LoginLimiter,
  ) {}

  async register(dto: RegisterDto): Promise<AuthAnswer> {
    const region = dto.organization.region;
    if (region !== undefined && !this.config.regions.includes(region)) {
      throw invalid('IDENTITY.UNKNOWN_REGION', `organization.region must be one of: ${this.config.regions.join(', ')}`);
    }
    if (dto.organization.kind === 'bureau') {
      throw invalid('IDENTITY.BUREAU_NOT_SELF_SERVICE', 'organization.kind bureau is reserved for staff accounts');
    }
    const passwordHash = await hashPassword(dto.password);
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const org = await this.findOrCreateOrganization(manager, dto.organization.name, dto.organization.kind, region ?? null, dto.organization.creditCode ?? null);
        const inserted = await manager.insert(UserEntity, {
          email: dto.email,
          passwordHash,
          name: dto.name,
          role: dto.role,
          organizationId: org.id,
        });
        return manager.findOneOrFail(UserEntity, { where: { id: inserted.identifiers[0]['id'] as string } });
      });
      return this.answer(user);
    } catch (e) {
      if (isUniqueViolation(e, 'users_email')) throw conflict('IDENTITY.EMAIL_TAKEN', '该邮箱已注册 (email is already registered)');
      throw e;
    }
  }

  async login(email: string, password: string, address: string): Promise<AuthAnswer> {
    await this.limiter.assertAllowed(email, address);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password);
    if (!user || !ok) {
      await this.limiter.recordFailure(email, address);
      throw unauthenticated('AUTH.BAD_CREDENTIALS', '邮箱或密码错误 (wrong email or password)');
    }
    await this.limiter.recordSuccess(email);
    return this.answer(user);
  }

  async me(caller: AuthUser): Promise<User> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id: caller.id } });
    if (!user) throw unauthenticated('AUTH.USER_GONE', 'this account no longer exists');
    return toUser(user);
  }

  /** Concurrent sign-ups naming the same new organization end up in one row (the unique key decides). */
  async findOrCreateOrganization(
    manager: EntityManager,
    name: string,
    kind: OrganizationKind,
    region: string | null,
    creditCode: string | null,
  ): Promise<OrganizationEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OrganizationEntity)
      .values({ name, kind, region, creditCode })
      .orIgnore()
      .execute();
    return manager.findOneOrFail(OrganizationEntity, { where: { name, kind } });
  }

  private answer(user: UserEntity): AuthAnswer {
    const payload: TokenPayload = { sub: user.id, role: user.role, org: user.organizationId };
    return { accessToken: this.jwt.sign(payload), user: toUser(user) };
  }
}
