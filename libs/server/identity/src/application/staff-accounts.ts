import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PASSWORD_MIN_LENGTH, type User } from '@market/contracts';
import { APP_CONFIG, type AppConfig, invalid } from '@market/server/platform';
import { UserEntity } from '../infrastructure/user.entity';
import { AuthService, toUser } from './auth.service';
import { hashPassword } from './passwords';

export const BUREAU_NAME = '市科学技术局';

/** Staff accounts are made here (start-up variables or the command line), never by sign-up. */
@Injectable()
export class StaffAccounts implements OnApplicationBootstrap {
  private readonly logger = new Logger('StaffAccounts');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.staffEmail && this.config.staffPassword) {
      const user = await this.ensure(this.config.staffEmail, this.config.staffPassword);
      this.logger.log(`staff account ready: ${user.email}`);
    }
  }

  /** Creates the staff account, or updates its password and role when the email exists. */
  async ensure(email: string, password: string, name = '科技局管理员'): Promise<User> {
    const normalized = email.trim().toLowerCase();
    if (!/^[^@\s]+@[^@\s]+$/.test(normalized)) throw invalid('IDENTITY.BAD_EMAIL', 'email must be a valid email address');
    if (password.length < PASSWORD_MIN_LENGTH) throw invalid('IDENTITY.WEAK_PASSWORD', `password must be at least ${PASSWORD_MIN_LENGTH} characters`);
    const passwordHash = await hashPassword(password);
    return this.dataSource.transaction(async (manager) => {
      const bureau = await this.auth.findOrCreateOrganization(manager, BUREAU_NAME, 'bureau', null, null);
      await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: normalized, passwordHash, name, role: 'staff', organizationId: bureau.id })
        .orUpdate(['password_hash', 'role', 'organization_id'], ['email'])
        .execute();
      return toUser(await manager.findOneOrFail(UserEntity, { where: { email: normalized } }));
    });
  }
}
