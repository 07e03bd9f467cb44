export * from './lib/normalize-japanese';
