import type { DataSourceOptions } from 'typeorm';

// TypeORM types its entity and migration lists as Function[].
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Classes = Function[];

/**
 * Data source options shared by the app, the migration command and the tests. Entities and
 * migrations are imported classes (the API is bundled, globs would find nothing), handed in by
 * the composition root so that each context owns its own.
 */
export function dataSourceOptions(url: string, parts: { entities: Classes; migrations: Classes }): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: parts.entities,
    migrations: parts.migrations,
    migrationsTableName: 'migrations',
    // Each migration runs in its own transaction, so that a failure leaves the last good state.
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: 20 },
  };
}
