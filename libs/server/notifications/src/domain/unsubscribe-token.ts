import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The token of an unsubscribe link: an HMAC of the user's id under the server's secret, so the
 * link works without signing in and nobody can write one for another person. It does not expire:
 * an old e-mail's link must still stop the e-mails.
 */
export function unsubscribeToken(secret: string, userId: string): string {
  return createHmac('sha256', secret).update(`unsubscribe:${userId}`).digest('base64url');
}

export function validUnsubscribeToken(secret: string, userId: string, token: unknown): boolean {
  if (typeof token !== 'string' || token.length === 0 || token.length > 100) return false;
  const expected = Buffer.from(unsubscribeToken(secret, userId));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
