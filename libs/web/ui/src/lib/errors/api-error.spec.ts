import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { describeError, errorStatus, serverMessage } from './api-error';

// Against the real error catalogues of @market/contracts: what users read is the catalogue's text.
const answer = (status: number, error: unknown) => new HttpErrorResponse({ status, error, headers: new HttpHeaders() });

describe('serverMessage', () => {
  it('words a catalogued code in the reader’s language, with the answer’s parameters', () => {
    const low = answer(409, { statusCode: 409, message: '出价过低：当前最低可出价 120000 元', code: 'AUCTION.BID_TOO_LOW', params: { minimum: 120000 } });
    expect(serverMessage(low, 'zh')).toBe('出价过低：当前最低可出价 120000 元');
    expect(serverMessage(low, 'en')).toBe('Bid too low: the lowest acceptable bid is 120000 yuan');
    const wrong = answer(401, { statusCode: 401, message: '邮箱或密码错误', code: 'AUTH.BAD_CREDENTIALS' });
    expect(serverMessage(wrong, 'en')).toBe('Wrong e-mail or password');
  });

  it('uses the server’s words for an unknown code, or when the answer lacks a parameter the text needs', () => {
    expect(serverMessage(answer(409, { statusCode: 409, message: 'other', code: 'CATALOG.OTHER' }), 'en')).toBe('other');
    expect(serverMessage(answer(409, { statusCode: 409, message: '出价过低', code: 'AUCTION.BID_TOO_LOW' }), 'en')).toBe('出价过低');
  });

  it('names each refused field by its label and path, in either language, never in raw validator English', () => {
    const invalid = answer(400, {
      statusCode: 400,
      code: 'PLATFORM.VALIDATION',
      message: ['保证金（lots.1.deposit）不能小于 0', 'extra：是不允许的字段'],
      fields: [
        { field: 'lots.1.deposit', problem: '不能小于 0', problemEn: 'must not be less than 0' },
        { field: 'extra', problem: '是不允许的字段', problemEn: 'should not exist' },
      ],
    });
    expect(serverMessage(invalid, 'zh')).toBe('保证金（lots.1.deposit）不能小于 0；extra：是不允许的字段');
    expect(serverMessage(invalid, 'en')).toBe('Deposit (lots.1.deposit) must not be less than 0; extra: should not exist');
  });

  it('keeps any other list of messages, joined', () => {
    expect(serverMessage(answer(400, { statusCode: 400, message: ['第一条', '第二条'] }), 'zh')).toBe('第一条；第二条');
  });

  it('says nothing for an empty message, a body that is not an error body, or something not HTTP', () => {
    expect(serverMessage(answer(400, { statusCode: 400, message: '  ' }), 'zh')).toBeNull();
    expect(serverMessage(answer(400, { statusCode: 400, message: [] }), 'zh')).toBeNull();
    expect(serverMessage(answer(502, '<html>Bad gateway</html>'), 'zh')).toBeNull();
    expect(serverMessage(new Error('boom'), 'zh')).toBeNull();
    expect(errorStatus(new Error('boom'))).toBe(-1);
  });
});

describe('describeError', () => {
  it('names a lost connection', () => {
    expect(describeError(answer(0, null), 'zh')).toBe('无法连接服务器，请检查网络后重试。');
  });

  it('passes on a refusal in the catalogue’s or the server’s words, else a sentence for its status', () => {
    expect(describeError(answer(403, { statusCode: 403, message: '只有发布单位可以修改该成果' }), 'zh')).toBe('只有发布单位可以修改该成果');
    expect(describeError(answer(403, { statusCode: 403, message: '保证金尚未确认，暂不能出价', code: 'AUCTION.DEPOSIT_PENDING' }), 'en')).toBe('Your deposit is not confirmed yet');
    expect(describeError(answer(403, null), 'en')).toBe('You are not allowed to do this.');
    expect(describeError(answer(409, null), 'zh')).toBe('当前状态不允许此操作，请刷新页面后重试。');
    expect(describeError(answer(400, null), 'zh')).toBe('服务器暂时无法处理请求，请稍后再试。');
  });

  it('never shows a server failure’s internal message, only the catalogue’s words for it', () => {
    expect(describeError(answer(500, { statusCode: 500, message: 'relation "x" does not exist' }), 'zh')).toBe('服务器暂时无法处理请求，请稍后再试。');
    expect(describeError(answer(503, { statusCode: 503, message: 'pool exhausted', code: 'PLATFORM.BUSY' }), 'zh')).toBe('系统繁忙，请稍后重试');
  });
});
