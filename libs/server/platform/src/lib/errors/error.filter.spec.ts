import { AUCTION_ERRORS, DEALS_ERRORS, PLATFORM_ERRORS } from '@market/contracts';
import { inputRefusal } from '../http/input-guard';
import { fail, splitBilingual } from './domain-error';
import { bodyParserAnswer, errorAnswer } from './error.filter';

describe('errors of catalogue entries', () => {
  it('answer with the entry’s status, code and Chinese message, the params and details in the body', () => {
    const { status, body, headers } = errorAnswer(fail(AUCTION_ERRORS.BID_TOO_LOW, { minimum: 110_000 }));
    expect(status).toBe(409);
    expect(body).toEqual({ statusCode: 409, error: 'Conflict', code: 'AUCTION.BID_TOO_LOW', message: '出价过低：当前最低可出价 110000 元', params: { minimum: 110_000 } });
    expect(headers).toEqual({});
    expect(errorAnswer(fail(DEALS_ERRORS.ALREADY_OPEN, undefined, { details: { dealId: 'd1' } })).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'DEALS.ALREADY_OPEN',
      message: '该成果与该买方已有进行中的交易',
      dealId: 'd1',
    });
  });

  it('say when to come back after a 429 or a 503', () => {
    const limited = errorAnswer(fail(PLATFORM_ERRORS.RATE_LIMITED, undefined, { retryAfterSeconds: 0.2 }));
    expect([limited.status, limited.body.code, limited.headers]).toEqual([429, 'PLATFORM.RATE_LIMITED', { 'Retry-After': '1' }]);
    const busy = errorAnswer(fail(PLATFORM_ERRORS.BUSY, undefined, { retryAfterSeconds: 2 }));
    expect([busy.status, busy.body.message, busy.headers]).toEqual([503, '系统繁忙，请稍后重试', { 'Retry-After': '2' }]);
  });

  it('answer the body parser’s refusals with their codes, 413 staying 413', () => {
    expect(bodyParserAnswer({ type: 'entity.too.large', status: 413 })).toEqual({
      status: 413,
      body: { statusCode: 413, error: 'Payload Too Large', code: 'PLATFORM.BODY_TOO_LARGE', message: '请求内容过大' },
    });
    expect(bodyParserAnswer({ type: 'entity.parse.failed', status: 400 })).toEqual({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', code: 'PLATFORM.BAD_JSON', message: '请求内容不是有效的 JSON' },
    });
  });

  it('refuse hostile input naming the field, in the message, the params and the body', () => {
    expect(errorAnswer(inputRefusal({ field: 'lots.1.title', message: 'lots.1.title contains a control character (U+0000)' })).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      code: 'PLATFORM.INVALID_INPUT',
      message: 'lots.1.title：请求内容含有不允许的字符或超出限制',
      params: { field: 'lots.1.title' },
      field: 'lots.1.title',
    });
  });
});

describe('splitBilingual', () => {
  it('takes a rule’s text apart in either order', () => {
    expect(splitBilingual('邀请码已过期 (this invitation has expired)')).toEqual({ zh: '邀请码已过期', en: 'this invitation has expired' });
    expect(splitBilingual('signing needs the contract amount (签约需要填写合同金额)')).toEqual({ zh: '签约需要填写合同金额', en: 'signing needs the contract amount' });
    expect(splitBilingual('登记编号应为16位数字：年份4位、地区代码330300、流水号6位 (16 digits: year, area code, serial)')).toEqual({
      zh: '登记编号应为16位数字：年份4位、地区代码330300、流水号6位',
      en: '16 digits: year, area code, serial',
    });
  });

  it('gives a text in one language, or in no known form, as both', () => {
    for (const text of ['stage intent cannot move to closed; allowed: negotiating, terminated', '名额已满', '结束时间 (北京时间)', 'a (b)']) {
      expect(splitBilingual(text)).toEqual({ zh: text, en: text });
    }
  });
});
