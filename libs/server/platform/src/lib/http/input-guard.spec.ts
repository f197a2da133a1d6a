import fc from 'fast-check';
import { INPUT_LIMITS, inputProblem, pathProblem, stringProblem } from './input-guard';

const deep = (n: number) => {
  let v: unknown = 1;
  for (let i = 0; i < n; i++) v = { a: v };
  return v;
};

describe('the input guard', () => {
  it('refuses NUL, C0/C1 controls, DEL, bidi overrides and unpaired surrogates, naming the field', () => {
    for (const bad of ['a\u0000b', '\u0002标题\u0003', 'x\u007f', '\u0085', 'evil\u202Etxt.exe', '\u2066', 'x\uD800', '\uDC00y']) {
      expect(inputProblem({ title: bad })).toMatchObject({ field: 'title' });
    }
    expect(inputProblem({ lots: [{ title: 'ok' }, { title: 'a\u0000' }] })).toMatchObject({ field: 'lots.1.title', message: expect.stringContaining('U+0000') });
    expect(inputProblem({ ['k\u0000']: 1 })?.message).toContain('property name');
  });

  it('lets text through: tabs, line breaks, Chinese, emoji and paired surrogates', () => {
    expect(inputProblem({ summary: '第一行\n第二行\r\n\t缩进 😀 𠀋', n: 12, ok: true, none: null })).toBeNull();
  });

  it('refuses nesting deeper than 32 levels without overflowing the stack', () => {
    expect(inputProblem(deep(INPUT_LIMITS.MAX_DEPTH))).toBeNull();
    expect(inputProblem(deep(INPUT_LIMITS.MAX_DEPTH + 1))?.message).toContain('deeper than 32');
    expect(inputProblem(JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)))?.message).toContain('deeper');
  });

  it('refuses numbers beyond the safe range, and oversized arrays and objects', () => {
    expect(inputProblem({ amount: 1e21 })).toMatchObject({ field: 'amount' });
    expect(inputProblem({ amount: -(2 ** 53) })).toMatchObject({ field: 'amount' });
    expect(inputProblem({ amount: Number.MAX_SAFE_INTEGER, price: 12.5 })).toBeNull();
    expect(inputProblem({ keywords: Array.from({ length: 120_000 }, (_, i) => `k${i}`) })).toMatchObject({ field: 'keywords' });
    expect(inputProblem(Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`k${i}`, i])))?.message).toContain('properties');
  });

  it('checks paths once decoded, and refuses broken percent escapes', () => {
    expect(pathProblem('/api/roadshows/calendar/abc.ics')).toBeNull();
    expect(pathProblem('/api/roadshows/calendar/a%00b.ics')).toMatchObject({ field: 'path' });
    expect(pathProblem('/api/x/%E0%A4%A')).toMatchObject({ field: 'path' });
  });

  it('never throws, and refuses exactly the strings that hold a forbidden character (property)', () => {
    // eslint-disable-next-line no-control-regex
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
    fc.assert(
      fc.property(fc.fullUnicodeString(), (s) => {
        expect(stringProblem(s) === null).toBe(!forbidden.test(s));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.jsonValue(), (v) => void inputProblem(v)), { numRuns: 500 });
  });
});
