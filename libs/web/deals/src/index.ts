export * from './lib/deals.routes';
