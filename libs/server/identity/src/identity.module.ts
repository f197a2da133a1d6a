import { AuditController } from './http/audit.controller';
import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import { AuthService } from './application/auth.service';
import { JwtStrategy } from './application/jwt.strategy';
import { LoginLimiter } from './application/login-limiter';
import { Accounts } from './application/accounts';
import { OrganizationEntity } from './infrastructure/organization.entity';
import { UserEntity } from './infrastructure/user.entity';
import { Identity1764070100000 } from './infrastructure/migrations/1764070100000-identity';
import { Organizations1764071600000 } from './infrastructure/migrations/1764071600000-organizations';
import { Invitations } from './application/invitations';
import { Memberships } from './application/memberships';
import { Directory } from './application/directory';
import { Organizations } from './application/organizations';
import { OrganizationsController } from './http/organizations.controller';
import { AuthController } from './http/auth.controller';
import { JwtAuthGuard, OptionalJwtAuthGuard, RolesGuard } from './http/auth.decorators';
import { PublicConfigController } from './http/config.controller';
import { AccessTokens } from './application/access-tokens';
import { InvitationQueries } from './infrastructure/invitation.queries';
import { OrganizationQueries } from './infrastructure/organization.queries';
import { UserQueries } from './infrastructure/user.queries';

export const IDENTITY_ENTITIES = [OrganizationEntity, UserEntity];
export const IDENTITY_MIGRATIONS = [Identity1764070100000, Organizations1764071600000];

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { expiresIn: config.jwtExpiresIn as `${number}h`, algorithm: 'HS256' },
      }),
    }),
  ],
  controllers: [AuthController, PublicConfigController, AuditController, OrganizationsController],
  providers: [OrganizationQueries, UserQueries, InvitationQueries, AuthService, LoginLimiter, JwtStrategy, Accounts, AccessTokens, Memberships, Invitations, Organizations, Directory, JwtAuthGuard, OptionalJwtAuthGuard, RolesGuard],
  exports: [Accounts, AccessTokens, Organizations, Directory, JwtAuthGuard, OptionalJwtAuthGuard, RolesGuard],
})
export class IdentityModule {}
