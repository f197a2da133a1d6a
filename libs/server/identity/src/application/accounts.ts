import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IDENTITY_ERRORS, PASSWORD_MIN_LENGTH, type OrganizationKind, type OrgRole, type Role, type User, type Verification } from '@market/contracts';
import { APP_CONFIG, type AppConfig, fail } from '@market/server/platform';
import { UserEntity } from '../infrastructure/user.entity';
import { UserQueries } from '../infrastructure/user.queries';
import { AuthService, toUser } from './auth.service';
import { hashPassword } from './passwords';

export const BUREAU_NAME = '市科学技术局';

/**
 * Accounts made outside sign-up: staff (start-up variables or the command line, never by
 * sign-up) and the demo market's users. Every call is an upsert, so running it twice is harmless.
 */
@Injectable()
export class Accounts implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly users: UserQueries,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.staffEmail && this.config.staffPassword) {
      const user = await this.ensureStaff(this.config.staffEmail, this.config.staffPassword);
      this.logger.log(`staff account ready: ${user.email}`);
    }
  }

  /** Creates the staff account, or updates its password and role when the email exists. */
  /** The role of a current (not removed) user, or null: how other contexts check who someone is. */
  async roleOf(userId: string): Promise<Role | null> {
    return this.users.roleOf(userId);
  }

  async ensureStaff(email: string, password: string, name = '科技局管理员'): Promise<User> {
    const bureau = await this.ensureOrganization(BUREAU_NAME, 'bureau', null, null);
    const id = await this.ensureUser({ email, password, name, role: 'staff', organizationId: bureau });
    return toUser(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id }));
  }

  /** The organization of that name and kind; a new one is `verified` unless said otherwise (the demo's pending one). */
  async ensureOrganization(name: string, kind: OrganizationKind, region: string | null, creditCode: string | null, verification: Verification = 'verified'): Promise<string> {
    return (await this.auth.findOrCreateOrganization(this.dataSource.manager, name, kind, region, creditCode, verification)).id;
  }

  /** Creates the user or resets its password, role and organization; returns its id. */
  async ensureUser(u: { email: string; password: string; name: string; role: Role; organizationId: string; orgRole?: OrgRole }): Promise<string> {
    const email = u.email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(email)) throw fail(IDENTITY_ERRORS.BAD_EMAIL);
    if (u.password.length < PASSWORD_MIN_LENGTH) {
      throw fail(IDENTITY_ERRORS.WEAK_PASSWORD, { reason: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符`, reasonEn: `at least ${PASSWORD_MIN_LENGTH} characters are needed` });
    }
    const passwordHash = await hashPassword(u.password);
    return this.users.upsert({ email, passwordHash, name: u.name, role: u.role, organizationId: u.organizationId, orgRole: u.orgRole ?? 'member' });
  }
}
