import { applicationNumberCheckCharacter, classifyPatentNumber, isValidPatentNumber } from './patent-number';

describe('Chinese patent numbers', () => {
  it('computes the application-number check character (weights 2..9,2..5, mod 11)', () => {
    // 2*2+0*3+2*4+3*5+1*6+0*7+1*8+2*9+3*2+4*3+5*4+6*5 = 127; 127 mod 11 = 6
    expect(applicationNumberCheckCharacter('202310123456')).toBe('6');
  });

  it('writes 10 as X', () => {
    // find a 12-digit number whose sum mod 11 is 10 by changing the last digit
    const base = '20231012345';
    const digit = [...'0123456789'].find((d) => applicationNumberCheckCharacter(base + d) === 'X');
    expect(digit).toBeDefined();
    expect(isValidPatentNumber(`CN${base}${digit}.X`)).toBe(true);
  });

  it('accepts application numbers with and without CN', () => {
    expect(classifyPatentNumber('CN202310123456.6')).toBe('application');
    expect(classifyPatentNumber('202310123456.6')).toBe('application');
  });

  it('rejects an application number whose check character is wrong', () => {
    expect(isValidPatentNumber('CN202310123456.7')).toBe(false);
  });

  it('accepts publication numbers with kind codes A, B, U, S and an optional digit', () => {
    expect(classifyPatentNumber('CN117151122A')).toBe('publication');
    expect(classifyPatentNumber('CN117151122B')).toBe('publication');
    expect(classifyPatentNumber('CN217151122U')).toBe('publication');
    expect(classifyPatentNumber('CN307151122S')).toBe('publication');
    expect(classifyPatentNumber('CN117151122A1')).toBe('publication');
  });

  it('rejects anything else', () => {
    for (const bad of ['', 'CN11715112A', 'CN117151122C', 'US117151122A', '2023101234566', 'CN2023101234.56']) {
      expect(isValidPatentNumber(bad)).toBe(false);
    }
  });
});
