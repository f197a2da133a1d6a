import type { DataSourceOptions } from 'typeorm';
import type { DatabaseLimits } from '../config/app-config';

// TypeORM types its entity and migration lists as Function[].
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = Function[];

/**
 * Data source options shared by the app, the migration command and the tests. Entities and
 * migrations are imported classes (the API is bundled, globs would find nothing), handed in by
 * the composition root so that each context owns its own.
 */
export function dataSourceOptions(url: string, parts: { entities: Classes; migrations: Classes }, limits: DatabaseLimits, applicationName = 'market'): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'migrations',
    // Each migration runs in its own transaction, so that a failure leaves the last good state.
    migrationsTransactionMode: 'each',
    synchronize: false,
    // Nothing waits forever (docs/decisions/0006): a request that finds no free connection in time
    // fails (503 with Retry-After), and PostgreSQL itself ends a statement or an open transaction
    // that outstays its limit, releasing its locks and its connection.
    extra: {
      max: limits.poolMax,
      connectionTimeoutMillis: limits.acquireTimeoutMs,
      statement_timeout: limits.statementTimeoutMs,
      idle_in_transaction_session_timeout: limits.idleInTransactionTimeoutMs,
      // names the app's sessions in pg_stat_activity (operators, the burst test)
      application_name: applicationName,
    },
  };
}
