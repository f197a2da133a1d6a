export * from './lib/credit-code';
export * from './lib/patent-number';
