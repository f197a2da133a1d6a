import { randomInt } from 'node:crypto';
import { creditCodeCheckCharacter } from '@market/shared/validators';

/** A well-formed unified social credit code that no other test is likely to hold (9 random digits). */
export function testCreditCode(): string {
  const first17 = `91330300${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

/** Who verifies organizations in integration tests that compose identity without a staff sign-in. */
export const TEST_STAFF = { id: '00000000-0000-4000-8000-000000000001', role: 'staff' as const, organizationId: '00000000-0000-4000-8000-000000000002' };
