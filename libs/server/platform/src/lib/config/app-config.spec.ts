import { workersGoToThread } from '../process/workers-thread';
import { DEFAULT_REGIONS } from '@market/contracts';
import { loadConfig } from './app-config';

const minimal = { MEILI_MASTER_KEY: 'k'.repeat(16), JWT_SECRET: 's'.repeat(32) };

describe('loadConfig', () => {
  it('fills defaults for local use', () => {
    const config = loadConfig(minimal);
    expect(config.port).toBe(3000);
    expect(config.role).toBe('all');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.regions).toEqual([...DEFAULT_REGIONS]);
    expect(config.registerRateLimit).toBe(20);
    expect(config.apiRateLimit).toBe(0);
    expect(config.staffEmail).toBeNull();
  });

  it('bounds the database pool, its sessions and the outbox by default', () => {
    const config = loadConfig(minimal);
    expect(config.database).toEqual({ poolMax: 20, acquireTimeoutMs: 3000, statementTimeoutMs: 30_000, idleInTransactionTimeoutMs: 10_000 });
    expect(config.outboxConcurrency).toBe(8);
    expect(config.outboxLeaseSeconds).toBe(30);
    expect(config.shutdownTimeoutMs).toBe(9000);
  });

  it('runs the workers of ROLE=all in a thread unless WORKERS_THREAD is off', () => {
    expect(workersGoToThread(loadConfig(minimal))).toBe(true);
    expect(workersGoToThread(loadConfig({ ...minimal, WORKERS_THREAD: 'off' }))).toBe(false);
    expect(workersGoToThread(loadConfig({ ...minimal, WORKERS_THREAD: 'false' }))).toBe(false);
    expect(workersGoToThread(loadConfig({ ...minimal, ROLE: 'api' }))).toBe(false);
    expect(workersGoToThread(loadConfig({ ...minimal, ROLE: 'worker' }))).toBe(false);
    expect(() => loadConfig({ ...minimal, WORKERS_THREAD: 'sometimes' })).toThrow(/WORKERS_THREAD/);
  });

  it('refuses outbox handlers that could take more than half the pool', () => {
    expect(loadConfig({ ...minimal, DB_POOL_MAX: '10', OUTBOX_CONCURRENCY: '5' }).outboxConcurrency).toBe(5);
    expect(() => loadConfig({ ...minimal, DB_POOL_MAX: '10', OUTBOX_CONCURRENCY: '6' })).toThrow(/OUTBOX_CONCURRENCY \(6\) must be at most half of DB_POOL_MAX \(10\)/);
    expect(() => loadConfig({ ...minimal, DB_ACQUIRE_TIMEOUT_MS: '0' })).toThrow(/DB_ACQUIRE_TIMEOUT_MS/);
  });

  it('names every missing required variable', () => {
    expect(() => loadConfig({})).toThrow(/MEILI_MASTER_KEY is required.*JWT_SECRET is required/);
  });

  it('rejects a bad value and names it', () => {
    expect(() => loadConfig({ ...minimal, PORT: 'eighty' })).toThrow(/PORT must be a number/);
    expect(() => loadConfig({ ...minimal, DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ ...minimal, ROLE: 'cron' })).toThrow(/ROLE must be one of/);
    expect(() => loadConfig({ ...minimal, JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('wants the staff email and password together', () => {
    expect(() => loadConfig({ ...minimal, STAFF_EMAIL: 'staff@example.com' })).toThrow(/STAFF_PASSWORD/);
    const config = loadConfig({ ...minimal, STAFF_EMAIL: 'staff@example.com', STAFF_PASSWORD: 'longenough' });
    expect(config.staffEmail).toBe('staff@example.com');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ ...minimal, STAFF_EMAIL: '', STAFF_PASSWORD: '', PORT: '' }).staffEmail).toBeNull();
  });

  it('reads another city’s regions from REGIONS', () => {
    expect(loadConfig({ ...minimal, REGIONS: '上城区, 西湖区 ,outside' }).regions).toEqual(['上城区', '西湖区', 'outside']);
  });

  it('runs the market clock in Asia/Shanghai unless TIME_ZONE names another IANA zone', () => {
    expect(loadConfig(minimal).timeZone).toBe('Asia/Shanghai');
    expect(loadConfig({ ...minimal, TIME_ZONE: 'Europe/Berlin' }).timeZone).toBe('Europe/Berlin');
    expect(loadConfig({ ...minimal, TIME_ZONE: 'America/Argentina/Buenos_Aires' }).timeZone).toBe('America/Argentina/Buenos_Aires');
  });

  it('refuses to start with a time zone that is not an IANA name, and names TIME_ZONE', () => {
    for (const zone of ['Mars/Olympus_Mons', '+08:00', 'UTC+8', 'Beijing']) {
      expect(() => loadConfig({ ...minimal, TIME_ZONE: zone })).toThrow(/TIME_ZONE must be an IANA time zone/);
    }
  });

  it('converts numbers and booleans', () => {
    const config = loadConfig({ ...minimal, PORT: '3100', REGISTER_RATE_LIMIT: '5', LOCAL_MODE: 'true' });
    expect(config.port).toBe(3100);
    expect(config.registerRateLimit).toBe(5);
    expect(config.localMode).toBe(true);
  });
});
