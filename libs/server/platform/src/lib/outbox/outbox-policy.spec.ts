import { handlerTimeoutMs, mayStart, MAX_RETRY_DELAY_SECONDS, retryDelaySeconds } from './outbox-policy';

describe('outbox policy', () => {
  it('backs off exponentially from one second, up to five minutes', () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([1, 2, 4, 8, 16]);
    expect(retryDelaySeconds(9)).toBe(256);
    expect(retryDelaySeconds(10)).toBe(MAX_RETRY_DELAY_SECONDS);
    expect(retryDelaySeconds(1000)).toBe(MAX_RETRY_DELAY_SECONDS);
    expect(retryDelaySeconds(0)).toBe(1);
  });

  it('gives a handler half the lease', () => {
    expect(handlerTimeoutMs(30)).toBe(15_000);
    expect(handlerTimeoutMs(3)).toBe(1_500);
  });

  it('starts a claimed row only while the handler can finish inside its lease', () => {
    const lease = 10_000;
    expect(mayStart(lease, 0, 5_000)).toBe(true);
    expect(mayStart(lease, 5_000, 5_000)).toBe(true);
    expect(mayStart(lease, 5_001, 5_000)).toBe(false);
  });
});
