import Redis, { RedisOptions } from 'ioredis';

/** ioredis options from a redis:// URL. BullMQ workers need `maxRetriesPerRequest: null`. */
export function redisOptionsFromUrl(url: string): RedisOptions {
  const u = new URL(url);
  const db = u.pathname && u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 6379,
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

/** Shared Redis client for rate limits and health; injected by this token. */
export const REDIS = Symbol('REDIS');

export function createRedis(url: string): Redis {
  return new Redis({ ...redisOptionsFromUrl(url), maxRetriesPerRequest: 1, commandTimeout: 2000 });
}
