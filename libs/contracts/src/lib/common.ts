/** Every list answer of the API has this shape. */
export interface Paginated<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Every error answer carries at least these fields; `code` names the domain error when there is one. */
export interface ApiErrorBody {
  statusCode: number;
  message: string | string[];
  error?: string;
  /** A catalogue code (`DEALS.NOT_FOUND`); clients show its message in the user's language. */
  code?: string;
  /** The parameters of the code's message. */
  params?: Record<string, string | number>;
}

/** The order of a staff queue: oldest waiting first (the default, first come first served) or newest. */
export const QUEUE_SORTS = ['oldest', 'newest'] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export type HealthCheckName = 'database' | 'redis' | 'search';

export interface HealthAnswer {
  status: 'ok' | 'error';
  checks: Record<HealthCheckName, 'up' | 'down'>;
  /** This process's database pool: saturated while every connection is busy. */
  pool?: { max: number; total: number; idle: number; inUse: number; waiting: number; saturated: boolean };
  /** This process's outbox drain. */
  outbox?: { draining: boolean; handlersRunning: number; handlerSlots: number };
}
