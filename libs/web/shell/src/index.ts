export * from './lib/layout/shell-layout';
export * from './lib/localized-title.strategy';
export * from './lib/sections';
export * from './lib/shell.routes';
