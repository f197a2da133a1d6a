import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { APP_CONFIG, type AppConfig, armShutdownDeadline, configFromEnvironment, ConfigValidationError, configureApp, Outbox, runsApi, serveAsWorkersThread, workersGoToThread, WorkersThread } from '@market/server/platform';
import { Accounts } from '@market/server/identity';
import { CatalogIndex, ChallengeIndex } from '@market/server/search';
import { AppModule } from './app/app.module';
import { parseArgs } from 'node:util';

/**
 * One binary, several commands:
 *   main.js                 serve the API, the web app and the workers (ROLE=api|worker|all)
 *   main.js migrate         apply pending migrations and exit
 *   main.js staff:create --email … --password … [--name …]
 *   main.js reindex         rebuild the search indexes from PostgreSQL
 */
async function serve(): Promise<void> {
  // ROLE=all: HTTP on this thread, the workers on a thread of their own (docs/decisions/0012)
  const threaded = workersGoToThread(configFromEnvironment());
  const app = await NestFactory.create(AppModule.forRoot(threaded ? { ROLE: 'api' } : {}), { bufferLogs: true });
  configureApp(app);
  const config = app.get<AppConfig>(APP_CONFIG);
  armShutdownDeadline(config.shutdownTimeoutMs);
  if (runsApi(config)) {
    // both threads start at once (migrations take a lock); HTTP answers once the workers run
    if (threaded) await Promise.all([app.init(), app.get(WorkersThread).start(process.argv[1], process.env)]);
    await app.listen(config.port, '0.0.0.0');
    // Clients and proxies keep idle connections for reuse; Node's 5 s default closes one just as a
    // reused request arrives, and that request dies as "socket hang up". The server waits longer
    // than the usual proxy (60 s), so the client is always the side that closes.
    const server = app.getHttpServer() as import('node:http').Server;
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    Logger.log(`online technology market listening on http://127.0.0.1:${config.port} (role ${threaded ? 'all: the workers in a thread' : config.role})`, 'Main');
  } else {
    await app.init();
    // listen() flushes the logs buffered during start-up, init() does not: without this a worker
    // process would never write a line
    app.flushLogs();
    serveAsWorkersThread(app, () => app.get(Outbox).activity());
    Logger.log('worker started (no HTTP)', 'Main');
  }
}

async function migrate(): Promise<void> {
  // Creating the context runs the migrations (platform's MigrationRunner) and nothing else.
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ROLE: 'api', WEB_ROOT: '' }), { logger: ['error', 'warn', 'log'] });
  await app.close();
}

async function staffCreate(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.password) {
    throw new ConfigValidationError('usage: npm run staff:create -- --email staff@example.com --password <at least 8 characters> [--name 名字]');
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ROLE: 'api', WEB_ROOT: '' }), { logger: ['error', 'warn'] });
  try {
    const user = await app.get(Accounts).ensureStaff(values.email, values.password, values.name);
    process.stdout.write(`staff account ready: ${user.email} (${user.organization.name})\n`);
  } finally {
    await app.close();
  }
}

async function reindex(): Promise<void> {
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ ROLE: 'api', WEB_ROOT: '' }), { logger: ['error', 'warn'] });
  try {
    const counts = await app.get(CatalogIndex).reindex();
    const challenges = await app.get(ChallengeIndex).reindex();
    process.stdout.write(`re-indexed ${counts.achievement} achievements, ${counts.need} needs and ${challenges} challenges\n`);
  } finally {
    await app.close();
  }
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === 'serve') return serve();
  if (command === 'migrate') return migrate();
  if (command === 'staff:create') return staffCreate(rest);
  if (command === 'reindex') return reindex();
  throw new ConfigValidationError(`unknown command "${command}" (serve, migrate, staff:create, reindex)`);
}

main().catch((e: unknown) => {
  // A bad configuration is the user's to fix: one clear sentence, no stack trace.
  if (e instanceof ConfigValidationError) process.stderr.write(`${e.message}\n`);
  else process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
