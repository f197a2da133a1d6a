import { createSecretKey } from 'node:crypto';
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
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      ignoreExpiration: false,
      // A KeyObject, made once: given a string, jsonwebtoken first tries it as a PEM public key on
      // every verify and builds the secret key from the thrown error, ~1.5 ms a request.
      // jsonwebtoken takes a KeyObject; passport-jwt only passes it through (its types predate that).
      secretOrKey: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) as unknown as Buffer,
      algorithms: ['HS256'],
    });
  }

  validate(payload: TokenPayload): AuthUser {
    return { id: payload.sub, role: payload.role, organizationId: payload.org };
  }
}
