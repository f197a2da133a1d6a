import type { DataSource, EntityManager } from 'typeorm';

/** TypeORM answers an UPDATE on Postgres with `[rows, rowCount]`: this gives the RETURNING rows. */
export async function updateReturning<T>(db: EntityManager | DataSource, sql: string, params: unknown[]): Promise<T[]> {
  const [rows] = (await db.query(sql, params)) as [T[], number];
  return rows;
}
