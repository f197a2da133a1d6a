import {
  AUCTION_ERRORS,
  AUTH_ERRORS,
  CATALOG_ERRORS,
  CHALLENGE_ERRORS,
  DEALS_ERRORS,
  ERROR_CATALOGUES,
  errorEntry,
  errorMessage,
  formatError,
  IDENTITY_ERRORS,
  MATCHING_ERRORS,
  NOTIFICATION_ERRORS,
  PLATFORM_ERRORS,
  PORTAL_ERRORS,
  ROADSHOWS_ERRORS,
  SEARCH_ERRORS,
  STATS_ERRORS,
  type ErrorEntry,
} from './index';

/** Each catalogue under the prefix its codes must carry. */
const BY_PREFIX: Record<string, Record<string, ErrorEntry>> = {
  PLATFORM: PLATFORM_ERRORS,
  AUTH: AUTH_ERRORS,
  IDENTITY: IDENTITY_ERRORS,
  NOTIFICATION: NOTIFICATION_ERRORS,
  CATALOG: CATALOG_ERRORS,
  SEARCH: SEARCH_ERRORS,
  MATCHING: MATCHING_ERRORS,
  AUCTION: AUCTION_ERRORS,
  ROADSHOWS: ROADSHOWS_ERRORS,
  DEALS: DEALS_ERRORS,
  STATS: STATS_ERRORS,
  PORTAL: PORTAL_ERRORS,
  CHALLENGE: CHALLENGE_ERRORS,
};

const ENTRIES: ErrorEntry[] = ERROR_CATALOGUES.flatMap((c) => Object.values(c));

/** Han characters and Chinese (full-width) punctuation. */
const CHINESE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const PLACEHOLDER = /\{(\w+)\}/g;
const ANY_PLACEHOLDER = /\{\w+\}/;
const paramsOf = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);

describe('error catalogues', () => {
  it('hold every catalogue once, and every code once across all of them', () => {
    expect(new Set(ERROR_CATALOGUES)).toEqual(new Set(Object.values(BY_PREFIX)));
    expect(ERROR_CATALOGUES).toHaveLength(Object.keys(BY_PREFIX).length);
    const codes = ENTRIES.map((e) => e.code);
    expect(codes.filter((c, i) => codes.indexOf(c) !== i)).toEqual([]);
    for (const code of codes) expect(errorEntry(code)?.code).toBe(code);
  });

  it('name every code CONTEXT.NAME after its catalogue and its key', () => {
    for (const [prefix, catalogue] of Object.entries(BY_PREFIX)) {
      for (const [name, entry] of Object.entries(catalogue)) expect(entry.code).toBe(`${prefix}.${name}`);
      expect(Object.keys(catalogue).length).toBeGreaterThan(0);
    }
    for (const e of ENTRIES) expect(e.code).toMatch(/^[A-Z]+\.[A-Z_]+$/);
  });

  it('write every Chinese message in Chinese, or pass a Chinese parameter on whole', () => {
    for (const e of ENTRIES) {
      const own = e.zh.replace(PLACEHOLDER, '').trim();
      if (own === '') {
        // a rule's own words ({reason}): the English message passes their English ({reasonEn}) on
        expect([e.code, e.en]).toEqual([e.code, paramsOf(e.zh).map((p) => `{${p}En}`).join('')]);
      } else {
        expect([e.code, CHINESE.test(own)]).toEqual([e.code, true]);
      }
    }
  });

  it('keep Chinese characters out of every English message', () => {
    for (const e of ENTRIES) expect([e.code, e.en.match(CHINESE)?.[0] ?? null]).toEqual([e.code, null]);
  });

  it('give the English message the Chinese one’s parameters, or their English (…En) counterparts', () => {
    for (const e of ENTRIES) {
      const zh = new Set(paramsOf(e.zh));
      const en = new Set(paramsOf(e.en));
      const strays = [...en].filter((p) => !zh.has(p) && !(p.endsWith('En') && zh.has(p.slice(0, -2))));
      expect([e.code, strays]).toEqual([e.code, []]);
      // and nothing the Chinese message says is lost in English
      const lost = [...zh].filter((p) => !en.has(p) && !en.has(`${p}En`));
      expect([e.code, lost]).toEqual([e.code, []]);
    }
  });

  it('fill the parameters of a message with real values', () => {
    expect(formatError(AUCTION_ERRORS.BID_TOO_LOW, 'zh', { minimum: 110_000 })).toBe('出价过低：当前最低可出价 110000 元');
    expect(formatError(AUCTION_ERRORS.BID_TOO_LOW, 'en', { minimum: 110_000 })).toBe('Bid too low: the lowest acceptable bid is 110000 yuan');
    expect(formatError(AUCTION_ERRORS.LOT_OVERLAP, 'zh', { i: 0, title: '新材料成果专场' })).toBe('lots.0.achievementId：成果已在时间重叠的竞价「新材料成果专场」中上拍');
    expect(formatError(AUCTION_ERRORS.DEPOSIT_TOO_LOW, 'en', { amount: 19_999, required: 20_000 })).toBe('amount: the deposit received (¥19999) is below the required ¥20000');
    expect(errorMessage('AUTH.ROLE_NOT_ALLOWED', 'zh', { roles: '科技局工作人员、技术经纪人', rolesEn: 'Bureau staff or Technology broker' })).toBe('只有科技局工作人员、技术经纪人可以执行此操作');
    expect(errorMessage('AUTH.ROLE_NOT_ALLOWED', 'en', { roles: '科技局工作人员、技术经纪人', rolesEn: 'Bureau staff or Technology broker' })).toBe('Only Bureau staff or Technology broker may do this');
    expect(errorMessage('IDENTITY.WEAK_PASSWORD', 'en', { reason: '密码不能全为空格', reasonEn: 'the password is only spaces' })).toBe('password: the password is only spaces');
    expect(errorMessage('DEALS.NOT_CONFIRMED', 'zh', { problem: '合同尚待买方确认，不能登记', problemEn: 'both parties must confirm the contract first' })).toBe('合同尚待买方确认，不能登记');
    // the same value wherever its parameter appears, and a message without parameters as it is
    expect(formatError({ status: 400, zh: '{a}与{a}', en: '{a} and {a}' }, 'zh', { a: 1 })).toBe('1与1');
    expect(formatError(AUTH_ERRORS.BAD_CREDENTIALS, 'en', { unused: 'x' })).toBe('Wrong e-mail or password');
  });

  it('leaves a parameter it was not given visible, and knows no code that is not in a catalogue', () => {
    expect(formatError(AUCTION_ERRORS.BID_TOO_LOW, 'zh')).toBe('出价过低：当前最低可出价 {minimum} 元');
    expect(errorMessage('AUCTION.BID_TOO_LOW', 'en', { other: 1 })).toBe('Bid too low: the lowest acceptable bid is {minimum} yuan');
    expect(errorMessage('AUCTION.NO_SUCH_CODE', 'zh')).toBeUndefined();
    expect(errorMessage(undefined, 'en')).toBeUndefined();
  });

  it('leaves no placeholder in any message once all its parameters are given', () => {
    for (const e of ENTRIES) {
      for (const lang of ['zh', 'en'] as const) {
        const params = Object.fromEntries(paramsOf(e[lang]).map((p, i) => [p, i + 1]));
        expect([e.code, lang, formatError(e, lang, params)]).toEqual([e.code, lang, expect.not.stringMatching(ANY_PLACEHOLDER)]);
      }
    }
  });
});
