import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AUTH_ERRORS } from '@market/contracts';
import { APP_CONFIG, type AppConfig, fail } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import type { TokenPayload } from './auth.service';
import { userOfToken } from './access-tokens';
import { Memberships } from './memberships';

/**
 * Turns a valid bearer token into the caller, if the caller is still a member where the token
 * says (a removed member's tokens answer 401 at once); from memory, so no database read on the
 * hot path (docs/decisions/0007).
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly memberships: Memberships,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // A KeyObject, made once: given a string, jsonwebtoken first tries it as a PEM public key on
      // every verify and builds the secret key from the thrown error, ~1.5 ms a request
      // (passport-jwt passes it through untouched; its types predate KeyObject).
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  async validate(payload: TokenPayload): Promise<AuthUser> {
    const user = userOfToken(payload);
    if (!(await this.memberships.isCurrent(user))) throw fail(AUTH_ERRORS.TOKEN_REVOKED);
    return user;
  }
}
