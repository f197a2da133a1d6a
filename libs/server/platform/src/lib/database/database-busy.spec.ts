import { isDatabaseBusy } from './database-busy';

describe('isDatabaseBusy', () => {
  it('knows the pool and connection timeouts', () => {
    expect(isDatabaseBusy(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(isDatabaseBusy(new Error('Connection terminated due to connection timeout'))).toBe(true);
  });

  it('knows PostgreSQL timeouts, raw or wrapped by TypeORM', () => {
    expect(isDatabaseBusy(Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' }))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error('QueryFailedError'), { driverError: { code: '25P03' } }))).toBe(true);
  });

  it('leaves every other error alone', () => {
    expect(isDatabaseBusy(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDatabaseBusy(new Error('boom'))).toBe(false);
    expect(isDatabaseBusy('timeout exceeded when trying to connect')).toBe(false);
  });
});
