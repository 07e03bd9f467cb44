import baseConfig from '../eslint.config.mjs';

// Node + NestJS: the root TypeScript rules are enough. Keep value imports of injected classes
// (no `import type` for providers): Nest reads constructor types from decorator metadata.
export default [...baseConfig];
