/**
 * Invitation codes (邀请码): how a person joins an existing organization. A code is 128 random bits
 * written in a 32-symbol alphabet without look-alikes (no 0/O, 1/I), in groups of four, so that it
 * can be read out over the phone; only its SHA-256 is stored.
 */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const DEFAULT_INVITATION_DAYS = 7;
export const MAX_INVITATION_DAYS = 30;
export const DEFAULT_INVITATION_USES = 1;
export const MAX_INVITATION_USES = 100;

/** The code for 16 random bytes: 26 characters in groups of four (`ABCD-EFGH-…`). */
export function invitationCode(random: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of random) {
    // only the bits not yet written are kept, so the number never outgrows 32 bits
    value = ((value << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out.match(/.{1,4}/g)?.join('-') ?? out;
}

/** What a person typed, as it is hashed: upper case, without spaces and dashes. */
export function normalizeInvitationCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '');
}

export interface InvitationState {
  expiresAt: Date;
  revokedAt: Date | null;
  uses: number;
  maxUses: number;
}

/** Why an invitation cannot be used now, or null when it can. */
export function invitationRefusal(i: InvitationState, now: Date): 'revoked' | 'expired' | 'used_up' | null {
  if (i.revokedAt) return 'revoked';
  if (i.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (i.uses >= i.maxUses) return 'used_up';
  return null;
}
