export * from './lib/i18n/localized';
export * from './lib/i18n/language.service';
export * from './lib/i18n/tr.pipe';
export * from './lib/coming-soon/coming-soon';
export * from './lib/styles/lazy-stylesheet';
