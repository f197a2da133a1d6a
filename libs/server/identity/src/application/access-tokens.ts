import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AuthUser } from '../domain/access';
import type { TokenPayload } from './auth.service';
import { Memberships } from './memberships';

/** The caller a valid token names (the bearer guard and the socket handshake both use this). */
export function userOfToken(payload: TokenPayload): AuthUser {
  return { id: payload.sub, role: payload.role, organizationId: payload.org, tokenVersion: payload.ver ?? 0 };
}

export interface VerifiedToken {
  user: AuthUser;
  /** When the token stops being valid (ms since the epoch). */
  expiresAtMs: number;
}

/**
 * Checks an access token outside HTTP (a socket's handshake): the same secret and algorithm as
 * the bearer guard. Callers keep the expiry and check it on every later use.
 */
@Injectable()
export class AccessTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly memberships: Memberships,
  ) {}

  /** Whether the token's holder is still a member where the token says (from memory, no database read). */
  stillValid(user: AuthUser): Promise<boolean> {
    return this.memberships.isCurrent(user);
  }

  verify(token: unknown): VerifiedToken | null {
    if (typeof token !== 'string' || token.length === 0) return null;
    try {
      const payload = this.jwt.verify<TokenPayload & { exp: number }>(token, { algorithms: ['HS256'] });
      return { user: userOfToken(payload), expiresAtMs: payload.exp * 1000 };
    } catch {
      return null;
    }
  }
}
