import type { DataSource } from 'typeorm';

/** Any fixed number: all copies of the app agree on it, so only one migrates at a time. */
const MIGRATION_LOCK = 7_317_001;

/**
 * Runs pending migrations under a Postgres advisory lock, so that several API copies starting
 * together do not race each other through the same migration.
 */
export async function runMigrationsLocked(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
