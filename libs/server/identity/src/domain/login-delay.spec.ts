import { loginDelayMs } from './login-delay';

describe('loginDelayMs', () => {
  it('lets three typos pass, then doubles from one second to at most 15 minutes', () => {
    expect([0, 1, 2, 3].map(loginDelayMs)).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 7, 10].map(loginDelayMs)).toEqual([1000, 2000, 4000, 8000, 64_000]);
    expect(loginDelayMs(40)).toBe(15 * 60 * 1000);
  });
});
