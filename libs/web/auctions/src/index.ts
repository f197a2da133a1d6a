export * from './lib/auctions.routes';
