import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { APP_CONFIG, type AppConfig } from '@market/server/platform';
import type { AuthUser } from '../domain/access';
import type { TokenPayload } from './auth.service';
import { userOfToken } from './access-tokens';

/** Turns a valid bearer token into the caller; no database read on the hot path. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
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

  validate(payload: TokenPayload): AuthUser {
    return userOfToken(payload);
  }
}
