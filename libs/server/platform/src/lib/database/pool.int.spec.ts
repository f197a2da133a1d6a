import { Controller, Get, Module, type INestApplication } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import request from 'supertest';
import { DataSource, type QueryRunner } from 'typeorm';
import { createTestApp } from '../../testing';

// Integration: a saturated pool against the real PostgreSQL. Requests fail fast with 503 and
// Retry-After instead of hanging, health says why, and both recover once connections come back.

@Controller('pool-probe')
class ProbeController {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  @Get()
  async probe(): Promise<{ one: number }> {
    const [{ one }] = await this.ds.query('SELECT 1 AS one');
    return { one };
  }
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

let app: INestApplication;
let ds: DataSource;
const http = () => request(app.getHttpServer());

beforeAll(async () => {
  app = await createTestApp('pool', { entities: [], migrations: [], modules: [ProbeModule] }, { DB_POOL_MAX: '4', OUTBOX_CONCURRENCY: '1', DB_ACQUIRE_TIMEOUT_MS: '300', DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '1500', DB_STATEMENT_TIMEOUT_MS: '1000' });
  ds = app.get(DataSource);
});

afterAll(async () => {
  await app?.close();
});

/** Takes every connection of the pool, as a stuck burst would. */
async function holdAll(): Promise<QueryRunner[]> {
  const runners: QueryRunner[] = [];
  for (let i = 0; i < 4; i++) {
    const r = ds.createQueryRunner();
    await r.connect();
    runners.push(r);
  }
  return runners;
}

it('answers 503 with Retry-After when no connection is free in time, and health names the saturated pool', async () => {
  const held = await holdAll();
  try {
    const t0 = Date.now();
    const res = await http().get('/api/pool-probe').expect(503);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.body).toMatchObject({ statusCode: 503, code: 'PLATFORM.BUSY' });
    expect(res.body.message).toContain('系统繁忙');

    const waiting = http().get('/api/pool-probe').then((r) => r.status);
    const health = await http().get('/api/health').expect(503);
    expect(health.body.checks.database).toBe('down');
    expect(health.body.pool).toMatchObject({ max: 4, inUse: 4, saturated: true });
    expect(health.body.message).toMatch(/^down: database \(database pool saturated: 4 of 4 in use, \d+ waiting\)/);
    expect(await waiting).toBe(503);
  } finally {
    await Promise.all(held.map((r) => r.release()));
  }
  const healthy = await http().get('/api/health').expect(200);
  expect(healthy.body.pool).toMatchObject({ max: 4, waiting: 0, saturated: false });
  await http().get('/api/pool-probe').expect(200, { one: 1 });
});

it('sets the session limits: PostgreSQL ends a forgotten transaction and a runaway statement', async () => {
  const [settings] = await ds.query(`SELECT current_setting('statement_timeout') AS st, current_setting('idle_in_transaction_session_timeout') AS idle, current_setting('application_name') AS app`);
  expect(settings).toEqual({ st: '1s', idle: '1500ms', app: 'market-all' });

  await expect(ds.query('SELECT pg_sleep(3)')).rejects.toMatchObject({ driverError: { code: '57014' } });

  const forgotten = ds.createQueryRunner();
  await forgotten.connect();
  await forgotten.startTransaction();
  const [{ pid }] = await forgotten.query('SELECT pg_backend_pid() AS pid');
  // the server ends the session once it has sat idle in its transaction past the limit
  const t0 = Date.now();
  for (;;) {
    const [{ alive }] = await ds.query('SELECT count(*)::int AS alive FROM pg_stat_activity WHERE pid = $1', [pid]);
    if (alive === 0) break;
    if (Date.now() - t0 > 10_000) throw new Error('the idle transaction was not ended');
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(Date.now() - t0).toBeGreaterThanOrEqual(1000);
  await forgotten.release().catch(() => undefined);
  await http().get('/api/pool-probe').expect(200);
});
