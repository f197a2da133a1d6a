import { icsText } from './ics-text';

describe('icsText (RFC 5545 TEXT)', () => {
  it('escapes backslash, semicolon and comma, and writes line breaks as \\n', () => {
    expect(icsText('a;b,c\\d')).toBe('a\\;b\\,c\\\\d');
    expect(icsText('一\r\n二\n三\r四')).toBe('一\\n二\\n三\\n四');
    expect(icsText('路演：新能源专场')).toBe('路演：新能源专场');
  });

  it('escapes the backslash first, so no escape is doubled', () => {
    expect(icsText('\\;')).toBe('\\\\\\;');
  });
});
