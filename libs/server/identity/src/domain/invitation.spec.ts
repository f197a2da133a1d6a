import { invitationCode, invitationRefusal, normalizeInvitationCode } from './invitation';

describe('invitation codes', () => {
  it('writes 128 bits as 26 unambiguous characters in groups of four', () => {
    const code = invitationCode(new Uint8Array(16).fill(255));
    expect(code).toMatch(/^([A-Z2-9]{4}-){6}[A-Z2-9]{2}$/);
    expect(code).not.toMatch(/[01OI]/);
    expect(invitationCode(new Uint8Array(16))).toBe('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AA');
    expect(invitationCode(new Uint8Array(16).fill(255))).toBe('9999-9999-9999-9999-9999-9999-96');
    expect(invitationCode(new Uint8Array(16))).not.toBe(invitationCode(new Uint8Array(16).fill(1)));
  });

  it('reads a code however it was typed', () => {
    expect(normalizeInvitationCode(' abcd-efgh jk ')).toBe('ABCDEFGHJK');
  });

  it('is usable until revoked, expired or used up', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const fresh = { expiresAt: new Date('2026-12-08T00:00:00Z'), revokedAt: null, uses: 0, maxUses: 2 };
    expect(invitationRefusal(fresh, now)).toBeNull();
    expect(invitationRefusal({ ...fresh, uses: 2 }, now)).toBe('used_up');
    expect(invitationRefusal({ ...fresh, expiresAt: now }, now)).toBe('expired');
    expect(invitationRefusal({ ...fresh, revokedAt: now }, now)).toBe('revoked');
  });
});
