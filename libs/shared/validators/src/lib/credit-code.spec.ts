import { creditCodeCheckCharacter, isValidCreditCode } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  // The example code printed in GB 32100-2015 material, with its known check character.
  it('accepts a valid code', () => {
    expect(isValidCreditCode('91350100M000100Y43')).toBe(true);
  });

  it('computes the check character of a known code', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
  });

  it('accepts lower case input', () => {
    expect(isValidCreditCode('91350100m000100y43')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false);
  });

  it('rejects letters outside the alphabet (I, O, S, V, Z)', () => {
    expect(isValidCreditCode('91350100M000100I43')).toBe(false);
    expect(creditCodeCheckCharacter('91350100M000100O4')).toBeNull();
  });

  it('rejects wrong lengths', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false);
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false);
    expect(isValidCreditCode('')).toBe(false);
  });
});
