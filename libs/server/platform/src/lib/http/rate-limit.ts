import { ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { PLATFORM_ERRORS } from '@market/contracts';
import { fail } from '../errors/domain-error';

export const LIMITED_AS = 'market:limited-as';

/** Throttler names: `api` applies to every route when API_RATE_LIMIT > 0; `register` only where marked. */
export type RouteLimit = 'register';

/** Puts a route under a named per-address limit (e.g. registrations per minute). */
export const LimitedAs = (name: RouteLimit) => SetMetadata(LIMITED_AS, name);

export function routeLimit(context: ExecutionContext): RouteLimit | undefined {
  return Reflect.getMetadata(LIMITED_AS, context.getHandler()) as RouteLimit | undefined;
}

/** The throttler guard, answering the contract's 429 with a plain `Retry-After` header. */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async throwThrottlingException(_context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    throw fail(PLATFORM_ERRORS.RATE_LIMITED, undefined, { retryAfterSeconds: detail.timeToBlockExpire });
  }
}
