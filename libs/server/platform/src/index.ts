// The platform's public face: what contexts and the composition root may use.
// every language of the shared vocabulary: the server words errors for both sides
import '@market/contracts/languages';
export { PlatformModule, PLATFORM_ENTITIES, PLATFORM_MIGRATIONS, type PlatformOptions } from './lib/platform.module';
export { APP_CONFIG, type AppConfig, type DepositAccount, loadConfig, configFromEnvironment, ConfigValidationError, runsApi, runsWorkers } from './lib/config/app-config';
export { dataSourceOptions } from './lib/database/data-source-options';
export { runMigrationsLocked } from './lib/database/migrate';
export { isUniqueViolation } from './lib/database/unique-violation';
export { updateReturning } from './lib/database/update-returning';
export * from './lib/errors/domain-error';
export { errorAnswer } from './lib/errors/error.filter';
export { configureApp, validationPipe, API_PREFIX } from './lib/http/configure-app';
export { LimitedAs } from './lib/http/rate-limit';
export { REDIS, redisOptionsFromUrl } from './lib/redis/redis';
export { JobQueue, DEFAULT_JOB_OPTIONS } from './lib/queue/queue.module';
export { JobHandler } from './lib/queue/job-handler.decorator';
export { Outbox, type OutboxActivity } from './lib/outbox/outbox.service';
export { ChangeSignals } from './lib/changes/change-signals';
export { WorkSignals, workRoom, type WorkAudience } from './lib/changes/work-signals';
export { Mailer, type OutgoingMail } from './lib/mail/mailer';
export { armShutdownDeadline } from './lib/process/shutdown-deadline';
export { WorkersThread, workersGoToThread, serveAsWorkersThread } from './lib/process/workers-thread';
export { poolUse, type PoolUse } from './lib/database/pool-use';
export { Audit, type AuditEntry, type AuditRecord } from './lib/audit/audit.service';
export { OutboxHandler, OutboxBatchHandler } from './lib/outbox/outbox-handler.decorator';
export { PageQueryDto } from './lib/http/page-query.dto';
export { inputProblem, inputRefusal, pathProblem, stringProblem, INPUT_LIMITS, type InputProblem } from './lib/http/input-guard';
export { UserLimiter } from './lib/http/user-limiter';
