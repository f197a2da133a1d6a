export * from './lib/server-platform.module';

