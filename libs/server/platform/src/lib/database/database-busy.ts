/** What pg-pool says when no connection became free within `connectionTimeoutMillis`. */
const POOL_TIMEOUT = 'timeout exceeded when trying to connect';
/** What pg says when a new connection could not be opened in that time. */
const CONNECT_TIMEOUT = 'Connection terminated due to connection timeout';
/**
 * PostgreSQL codes of a session or statement ended for outstaying its limit: query_canceled
 * (statement_timeout), idle_in_transaction_session_timeout, lock_not_available.
 */
const TIMEOUT_CODES = new Set(['57014', '25P03', '55P03']);

/**
 * True when an error says the database was too busy, not that the request was wrong: the
 * request is worth repeating in a moment, so it answers 503 with Retry-After rather than 500.
 */
export function isDatabaseBusy(e: unknown): boolean {
  if (!(e instanceof Error)) return false;
  if (e.message === POOL_TIMEOUT || e.message === CONNECT_TIMEOUT) return true;
  const code = (e as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (e as { code?: unknown }).code;
  return typeof code === 'string' && TIMEOUT_CODES.has(code);
}
