import type { DataSource } from 'typeorm';

/** How the database pool of this process is used right now (reported by /api/health). */
export interface PoolUse {
  max: number;
  /** Connections open, busy or idle. */
  total: number;
  idle: number;
  inUse: number;
  /** Callers queued for a connection. */
  waiting: number;
  /** Every connection busy: a new request has to wait for one. */
  saturated: boolean;
}

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options: { max: number };
}

/** Reads pg-pool's counters from TypeORM's Postgres driver (its `master` pool). */
export function poolUse(dataSource: DataSource): PoolUse | null {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  if (!pool || typeof pool.totalCount !== 'number') return null;
  const inUse = pool.totalCount - pool.idleCount;
  return {
    max: pool.options.max,
    total: pool.totalCount,
    idle: pool.idleCount,
    inUse,
    waiting: pool.waitingCount,
    saturated: inUse >= pool.options.max,
  };
}
