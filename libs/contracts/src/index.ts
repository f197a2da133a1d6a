export * from './lib/common';
export * from './lib/identity';
export * from './lib/regions';
export * from './lib/catalog';
export * from './lib/auctions';
export * from './lib/roadshows';
export * from './lib/deals';
export * from './lib/errors';
