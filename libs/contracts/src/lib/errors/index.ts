import { formatError, type ErrorEntry, type ErrorParams } from './define';

import { AUCTION_ERRORS } from './auctions';
import { CATALOG_ERRORS } from './catalog';
import { CHALLENGE_ERRORS } from './challenges';
import { DEALS_ERRORS, STATS_ERRORS } from './deals';
import { AUTH_ERRORS, IDENTITY_ERRORS } from './identity';
import { MATCHING_ERRORS, NOTIFICATION_ERRORS, PLATFORM_ERRORS, SEARCH_ERRORS } from './platform';
import { PORTAL_ERRORS } from './portal';
import { ROADSHOWS_ERRORS } from './roadshows';

export * from './define';
export * from './field-names';
export { AUCTION_ERRORS, AUTH_ERRORS, CATALOG_ERRORS, CHALLENGE_ERRORS, DEALS_ERRORS, IDENTITY_ERRORS, MATCHING_ERRORS, NOTIFICATION_ERRORS, PLATFORM_ERRORS, PORTAL_ERRORS, ROADSHOWS_ERRORS, SEARCH_ERRORS, STATS_ERRORS };

/** Every catalogue: one per context (plus the platform's), each code once. */
export const ERROR_CATALOGUES: ReadonlyArray<Record<string, ErrorEntry>> = [
  PLATFORM_ERRORS,
  AUTH_ERRORS,
  IDENTITY_ERRORS,
  NOTIFICATION_ERRORS,
  CATALOG_ERRORS,
  SEARCH_ERRORS,
  MATCHING_ERRORS,
  AUCTION_ERRORS,
  ROADSHOWS_ERRORS,
  DEALS_ERRORS,
  STATS_ERRORS,
  PORTAL_ERRORS,
  CHALLENGE_ERRORS,
];
const ALL = ERROR_CATALOGUES;

const BY_CODE: ReadonlyMap<string, ErrorEntry> = new Map(ALL.flatMap((c) => Object.values(c).map((e) => [e.code, e] as const)));

/** The catalogue entry for an API error code, if the code is one of ours. */
export function errorEntry(code: string | undefined | null): ErrorEntry | undefined {
  return code ? BY_CODE.get(code) : undefined;
}

/** The message users read for an API error code, in their language; undefined for an unknown code. */
export function errorMessage(code: string | undefined | null, lang: 'zh' | 'en', params?: ErrorParams): string | undefined {
  const entry = errorEntry(code);
  return entry ? formatError(entry, lang, params) : undefined;
}
