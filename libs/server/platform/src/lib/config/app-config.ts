import Joi from 'joi';
import { DEFAULT_REGIONS } from '@market/contracts';
import { DEFAULT_TIME_ZONE, isTimeZone } from '@market/shared/time';

/**
 * The whole configuration of a running copy, validated once at start-up. Nothing else reads
 * `process.env`: code receives this object through dependency injection.
 */
/** What the footer says about who runs the platform (public). */
export interface SiteInfo {
  host: string;
  contact: string;
  icp: string;
  publicSecurity: string | null;
}

/** Outgoing e-mail. Without an SMTP server nothing is sent, and settings are still kept. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://…`; null: e-mail is off. */
  smtpUrl: string | null;
  from: string;
  /** The market-time hour at which a day's (and Monday's week's) digest becomes due. */
  digestHour: number;
  /** How often the mail job looks for what to send. */
  sweepMs: number;
}

export interface AppConfig {
  nodeEnv: 'development' | 'production' | 'test';
  /** Which parts this process runs: HTTP + sockets, queue processors, or both. */
  role: 'api' | 'worker' | 'all';
  /**
   * With ROLE=all, whether the workers run in a thread of their own (the default): the drain's
   * matching and indexing then use the second core instead of queueing behind HTTP on one event
   * loop (docs/decisions/0012).
   */
  workersThread: boolean;
  port: number;
  /** Where users reach the market (`https://market.example.gov.cn`), no trailing slash: every link the server writes starts with it. */
  publicUrl: string;
  databaseUrl: string;
  redisUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  /** Prefix of every Meilisearch index, so that tests and a dev instance share one server safely. */
  searchIndexPrefix: string;
  /** Prefix of every BullMQ key in Redis (same reason). */
  queuePrefix: string;
  jwtSecret: string;
  jwtExpiresIn: string;
  staffEmail: string | null;
  staffPassword: string | null;
  regions: string[];
  /**
   * The market's wall clock (IANA name, default Asia/Shanghai): notifications, calendar files and
   * the statistics' calendar year speak it; the web reads it from `GET /api/config`.
   */
  timeZone: string;
  registerRateLimit: number;
  apiRateLimit: number;
  /** Bids per second one live-room socket may send (0 = off); in memory, so it holds while Redis is away. */
  /** Bids per user per second over every socket and HTTP, across API copies (0 = off). */
  bidRateLimit: number;
  /** Failed sign-ins per account-and-address pair per 15 minutes (after a growing delay). */
  loginFailuresPerPair: number;
  loginFailuresPerAddress: number;
  /** Express `trust proxy`: which hops may tell us the client address via X-Forwarded-For. */
  trustProxy: string;
  corsOrigin: string | null;
  bodyLimit: string;
  logLevel: string;
  /** Folder of the built web app that the API serves at `/`; empty to serve none. */
  webRoot: string;
  /** Print the demo accounts at start-up (local mode only). */
  localMode: boolean;
  /** Load the demo market into an empty database at start-up. */
  demoSeed: boolean;
  /** Database pool and session limits (docs/decisions/0006). */
  database: DatabaseLimits;
  /** Outbox handlers that may run at once in this process; each holds at most one connection. */
  outboxConcurrency: number;
  /** How long a claimed outbox row stays with its claimant before another worker may take it. */
  outboxLeaseSeconds: number;
  /** A SIGTERM exits within this, stuck work or not. */
  shutdownTimeoutMs: number;
  /** The contract registry's 6-digit area code, the middle of every registration number (Wenzhou 330300). */
  contractAreaCode: string;
  /** Where bidders pay auction deposits, shown in every auction's 竞买须知. */
  depositAccount: DepositAccount;
  /** The portal footer's 主办单位, contact and filing numbers. */
  site: SiteInfo;
  mail: MailConfig;
}

export interface DepositAccount {
  name: string;
  bank: string;
  number: string;
  /** Deposits are due this many hours before the auction's first lot opens. */
  deadlineHours: number;
}

export interface DatabaseLimits {
  poolMax: number;
  /** Longest wait for a free connection; then the request answers 503 with Retry-After. */
  acquireTimeoutMs: number;
  /** PostgreSQL's statement_timeout for the app's sessions. */
  statementTimeoutMs: number;
  /** PostgreSQL's idle_in_transaction_session_timeout for the app's sessions. */
  idleInTransactionTimeoutMs: number;
}

const schema = Joi.object({
  NODE_ENV: Joi.string().valid('development', 'production', 'test').default('development'),
  ROLE: Joi.string().valid('api', 'worker', 'all').default('all'),
  WORKERS_THREAD: Joi.boolean().truthy('on').falsy('off').default(true),
  PORT: Joi.number().integer().min(0).max(65535).default(3000),
  // Links in calendars, feeds and e-mails never come from the request's Host or forwarded headers.
  PUBLIC_URL: Joi.string().uri({ scheme: ['http', 'https'] }).max(200).optional(),
  DATABASE_URL: Joi.string()
    .uri({ scheme: ['postgres', 'postgresql'] })
    .default('postgres://postgres@127.0.0.1:5432/market'),
  REDIS_URL: Joi.string()
    .uri({ scheme: ['redis', 'rediss'] })
    .default('redis://127.0.0.1:6379'),
  MEILI_URL: Joi.string()
    .uri({ scheme: ['http', 'https'] })
    .default('http://127.0.0.1:7700'),
  MEILI_MASTER_KEY: Joi.string().min(16).required(),
  SEARCH_INDEX_PREFIX: Joi.string()
    .pattern(/^[a-zA-Z0-9_-]*$/)
    .allow('')
    .default(''),
  QUEUE_PREFIX: Joi.string()
    .pattern(/^[a-zA-Z0-9_-]+$/)
    .default('market'),
  JWT_SECRET: Joi.string().min(32).required(),
  JWT_EXPIRES_IN: Joi.string()
    .pattern(/^\d+[smhd]$/)
    .default('12h'),
  STAFF_EMAIL: Joi.string().email({ tlds: false }).optional(),
  STAFF_PASSWORD: Joi.string().min(8).optional(),
  REGIONS: Joi.string().default(DEFAULT_REGIONS.join(',')),
  // A name the runtime's Intl knows (and so PostgreSQL's tz database): an offset such as +08:00
  // cannot follow daylight saving.
  TIME_ZONE: Joi.string()
    .custom((value: string, helpers) => (isTimeZone(value) ? value : helpers.error('any.invalid')))
    .message('TIME_ZONE must be an IANA time zone such as Asia/Shanghai or Europe/Berlin')
    .default(DEFAULT_TIME_ZONE),
  REGISTER_RATE_LIMIT: Joi.number().integer().min(0).default(20),
  API_RATE_LIMIT: Joi.number().integer().min(0).default(0),
  BID_RATE_LIMIT: Joi.number().integer().min(0).default(10),
  LOGIN_FAILURES_PER_PAIR: Joi.number().integer().min(1).default(10),
  LOGIN_FAILURES_PER_ADDRESS: Joi.number().integer().min(1).default(100),
  TRUST_PROXY: Joi.string().default('loopback'),
  CORS_ORIGIN: Joi.string().optional(),
  BODY_LIMIT: Joi.string()
    .pattern(/^\d+(kb|mb)$/)
    .default('1mb'),
  LOG_LEVEL: Joi.string().valid('fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent').default('info'),
  WEB_ROOT: Joi.string().allow('').default('dist/apps/web/browser'),
  LOCAL_MODE: Joi.boolean().default(false),
  DEMO_SEED: Joi.boolean().default(false),
  DB_POOL_MAX: Joi.number().integer().min(4).max(500).default(20),
  DB_ACQUIRE_TIMEOUT_MS: Joi.number().integer().min(100).max(60_000).default(3000),
  DB_STATEMENT_TIMEOUT_MS: Joi.number().integer().min(1000).max(3_600_000).default(30_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: Joi.number().integer().min(1000).max(3_600_000).default(10_000),
  OUTBOX_CONCURRENCY: Joi.number().integer().min(1).max(64).default(8),
  OUTBOX_LEASE_SECONDS: Joi.number().integer().min(2).max(3600).default(30),
  SHUTDOWN_TIMEOUT_MS: Joi.number().integer().min(1000).max(600_000).default(9000),
  CONTRACT_AREA_CODE: Joi.string()
    .pattern(/^\d{6}$/)
    .default('330300'),
  // The defaults say plainly that they are examples, so that no one pays into them.
  DEPOSIT_ACCOUNT_NAME: Joi.string().max(100).default('网上技术市场竞买保证金专户（示例，请配置）'),
  DEPOSIT_ACCOUNT_BANK: Joi.string().max(100).default('示例银行温州分行'),
  DEPOSIT_ACCOUNT_NUMBER: Joi.string().max(60).default('0000 0000 0000 0000 000'),
  DEPOSIT_DEADLINE_HOURS: Joi.number().integer().min(0).max(720).default(24),
  // The footer's 主办单位, contact and filing numbers (ICP 备案, 公安备案); the defaults say they are examples.
  SITE_HOST: Joi.string().max(100).default('某市科学技术局（示例，请配置 SITE_HOST）'),
  SITE_CONTACT: Joi.string().max(200).default('联系电话 0000-00000000 · market@example.org（示例）'),
  SITE_ICP: Joi.string().max(60).default('ICP备00000000号（示例）'),
  SITE_PUBLIC_SECURITY: Joi.string().max(60).allow('').default(''),
  SMTP_URL: Joi.string().uri({ scheme: ['smtp', 'smtps'] }).max(300).optional(),
  MAIL_FROM: Joi.string().max(200).default('网上技术市场 <no-reply@market.example>'),
  DIGEST_HOUR: Joi.number().integer().min(0).max(23).default(8),
  MAIL_SWEEP_MS: Joi.number().integer().min(500).max(3_600_000).default(30_000),
})
  .and('STAFF_EMAIL', 'STAFF_PASSWORD')
  .unknown(true);

export class ConfigValidationError extends Error {}

/** Validates the environment; the error names every bad or missing variable. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  // An empty variable (`STAFF_EMAIL=` in a compose file) means "not set".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const { value, error } = schema.validate(present, { abortEarly: false, convert: true });
  if (error) {
    const problems = error.details.map((d) => d.message.replace(/"/g, '')).join('; ');
    throw new ConfigValidationError(`Invalid configuration: ${problems}`);
  }
  const v = value as Record<string, string | number | boolean | undefined>;
  const regions = String(v['REGIONS'])
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean);
  if (regions.length === 0) throw new ConfigValidationError('Invalid configuration: REGIONS must list at least one region');
  const poolMax = Number(v['DB_POOL_MAX']);
  const outboxConcurrency = Number(v['OUTBOX_CONCURRENCY']);
  // Handlers share the pool with HTTP requests: half of it at most, so requests always find one.
  if (outboxConcurrency > Math.floor(poolMax / 2)) {
    throw new ConfigValidationError(`Invalid configuration: OUTBOX_CONCURRENCY (${outboxConcurrency}) must be at most half of DB_POOL_MAX (${poolMax})`);
  }
  return {
    nodeEnv: v['NODE_ENV'] as AppConfig['nodeEnv'],
    role: v['ROLE'] as AppConfig['role'],
    workersThread: Boolean(v['WORKERS_THREAD']),
    port: Number(v['PORT']),
    publicUrl: String(v['PUBLIC_URL'] ?? `http://localhost:${Number(v['PORT'])}`).replace(/\/+$/, ''),
    databaseUrl: String(v['DATABASE_URL']),
    redisUrl: String(v['REDIS_URL']),
    meiliUrl: String(v['MEILI_URL']),
    meiliMasterKey: String(v['MEILI_MASTER_KEY']),
    searchIndexPrefix: String(v['SEARCH_INDEX_PREFIX']),
    queuePrefix: String(v['QUEUE_PREFIX']),
    jwtSecret: String(v['JWT_SECRET']),
    jwtExpiresIn: String(v['JWT_EXPIRES_IN']),
    staffEmail: (v['STAFF_EMAIL'] as string | undefined) ?? null,
    staffPassword: (v['STAFF_PASSWORD'] as string | undefined) ?? null,
    regions,
    timeZone: String(v['TIME_ZONE']),
    registerRateLimit: Number(v['REGISTER_RATE_LIMIT']),
    apiRateLimit: Number(v['API_RATE_LIMIT']),
    bidRateLimit: Number(v['BID_RATE_LIMIT']),
    loginFailuresPerPair: Number(v['LOGIN_FAILURES_PER_PAIR']),
    loginFailuresPerAddress: Number(v['LOGIN_FAILURES_PER_ADDRESS']),
    trustProxy: String(v['TRUST_PROXY']),
    corsOrigin: (v['CORS_ORIGIN'] as string | undefined) ?? null,
    bodyLimit: String(v['BODY_LIMIT']),
    logLevel: String(v['LOG_LEVEL']),
    webRoot: String(v['WEB_ROOT']),
    localMode: Boolean(v['LOCAL_MODE']),
    demoSeed: Boolean(v['DEMO_SEED']),
    database: {
      poolMax,
      acquireTimeoutMs: Number(v['DB_ACQUIRE_TIMEOUT_MS']),
      statementTimeoutMs: Number(v['DB_STATEMENT_TIMEOUT_MS']),
      idleInTransactionTimeoutMs: Number(v['DB_IDLE_IN_TRANSACTION_TIMEOUT_MS']),
    },
    outboxConcurrency,
    outboxLeaseSeconds: Number(v['OUTBOX_LEASE_SECONDS']),
    shutdownTimeoutMs: Number(v['SHUTDOWN_TIMEOUT_MS']),
    contractAreaCode: String(v['CONTRACT_AREA_CODE']),
    depositAccount: {
      name: String(v['DEPOSIT_ACCOUNT_NAME']),
      bank: String(v['DEPOSIT_ACCOUNT_BANK']),
      number: String(v['DEPOSIT_ACCOUNT_NUMBER']),
      deadlineHours: Number(v['DEPOSIT_DEADLINE_HOURS']),
    },
    site: {
      host: String(v['SITE_HOST']),
      contact: String(v['SITE_CONTACT']),
      icp: String(v['SITE_ICP']),
      publicSecurity: v['SITE_PUBLIC_SECURITY'] ? String(v['SITE_PUBLIC_SECURITY']) : null,
    },
    mail: {
      smtpUrl: (v['SMTP_URL'] as string | undefined) ?? null,
      from: String(v['MAIL_FROM']),
      digestHour: Number(v['DIGEST_HOUR']),
      sweepMs: Number(v['MAIL_SWEEP_MS']),
    },
  };
}

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export function runsApi(config: AppConfig): boolean {
  return config.role === 'api' || config.role === 'all';
}

export function runsWorkers(config: AppConfig): boolean {
  return config.role === 'worker' || config.role === 'all';
}

/** The configuration of this process: its environment, with overrides (tests) on top. */
export function configFromEnvironment(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}
