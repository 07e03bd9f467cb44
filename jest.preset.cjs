// Shared Jest settings: SWC compiles TypeScript (with decorator metadata, which NestJS and
// TypeORM need) far faster than ts-jest; type checking is the `typecheck` target's job.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.[cm]?[tj]s$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // A few dependencies ship only ES modules, which Jest on Node 22 cannot require as they are.
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie|@fastify/cookie)/)'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
  moduleNameMapper: {
    '^@tsunagu/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@tsunagu/matching$': path.join(__dirname, 'libs/matching/src/index.ts'),
    '^@tsunagu/migrations$': path.join(__dirname, 'migrations/index.ts'),
  },
};
