export * from './lib/roadshows.routes';
