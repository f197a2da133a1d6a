export * from './lib/data/auth.api';
export * from './lib/data/auth.store';
export * from './lib/data/auth.interceptor';
export * from './lib/guards/auth.guards';
export * from './lib/identity.routes';
export * from './lib/data/organizations.api';
