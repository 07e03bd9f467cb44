export * from './lib/normalize-japanese';
export * from './lib/skill-taxonomy';
export * from './lib/suggest-categories';
export * from './lib/text-match';
