export * from './lib/challenges.routes';
