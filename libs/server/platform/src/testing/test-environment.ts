import { INestApplication, type DynamicModule, type Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Client } from 'pg';
import { Meilisearch } from 'meilisearch';
import { configureApp } from '../lib/http/configure-app';
import { TEST_STAFF_LOGIN } from './market';
import { PlatformModule } from '../lib/platform.module';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassList = Function[];

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with \`npm test\` (or \`npx nx test <project>\`, which starts the services)`);
  return value;
}

/**
 * A database of its own for one test file, on the server the test run points at. Refuses any
 * name without "test" so that a mistake can never drop a real database.
 */
export async function createTestDatabase(name: string): Promise<string> {
  const dbName = `market_test_${name.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}`;
  if (!dbName.includes('test')) throw new Error(`refusing to use database ${dbName}`);
  const base = new URL(process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres');
  base.pathname = '/postgres';
  const admin = new Client({ connectionString: base.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${dbName}"`);
  } finally {
    await admin.end();
  }
  base.pathname = `/${dbName}`;
  return base.toString();
}

/** Drops the indexes a previous run of the same test file left behind (its database is new too). */
async function dropTestIndexes(url: string, key: string, prefix: string): Promise<void> {
  const client = new Meilisearch({ host: url, apiKey: key });
  const { results } = await client.getIndexes({ limit: 1000 });
  for (const index of results.filter((i) => i.uid.startsWith(prefix))) await client.deleteIndex(index.uid).waitTask();
}

/** Environment overrides for one test file: its own database, index prefix, queue prefix. */
export async function testEnvironment(name: string, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  await dropTestIndexes(required('MEILI_URL'), required('MEILI_MASTER_KEY'), `t_${name}_`);
  return {
    NODE_ENV: 'test',
    DATABASE_URL: await createTestDatabase(name),
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    MEILI_URL: required('MEILI_URL'),
    MEILI_MASTER_KEY: required('MEILI_MASTER_KEY'),
    SEARCH_INDEX_PREFIX: `t_${name}_`,
    QUEUE_PREFIX: `t-${name}-${Date.now()}`,
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'warn',
    WEB_ROOT: '',
    // the staff account TestMarket signs in with (created at start-up where identity runs)
    STAFF_EMAIL: TEST_STAFF_LOGIN.email,
    STAFF_PASSWORD: TEST_STAFF_LOGIN.password,
    ...extra,
  };
}

export interface TestAppParts {
  entities: ClassList;
  migrations: ClassList;
  modules: Array<Type<unknown> | DynamicModule>;
}

/**
 * A full Nest application for integration tests: the real platform (migrations run at start),
 * the given contexts, and configureApp, so that tests see exactly what users see.
 */
export async function createTestApp(name: string, parts: TestAppParts, extraEnv: Record<string, string> = {}): Promise<INestApplication> {
  return startTestApp(parts, await testEnvironment(name, extraEnv));
}

/**
 * Starts an application on an environment that already exists (from testEnvironment): a second
 * copy of the API, or a restart of the same one after a simulated crash.
 */
export async function startTestApp(parts: TestAppParts, env: Record<string, string>): Promise<INestApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [PlatformModule.forRoot({ entities: parts.entities, migrations: parts.migrations, env, partial: true }), ...parts.modules],
  }).compile();
  const app = moduleRef.createNestApplication({ bufferLogs: false, logger: ['error', 'warn'] });
  configureApp(app);
  await app.init();
  return app;
}
