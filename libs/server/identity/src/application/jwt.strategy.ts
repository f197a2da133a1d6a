import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import type { TokenPayload } from './auth.service';

/** Turns a valid bearer token into the caller; no database read on the hot path. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: false, secretOrKey: config.jwtSecret, algorithms: ['HS256'] });
  }

  validate(payload: TokenPayload): AuthUser {
    return { id: payload.sub, role: payload.role, organizationId: payload.org };
  }
}
