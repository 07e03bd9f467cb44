// Shared Jest settings: SWC compiles TypeScript (with decorator metadata, which NestJS and
// TypeORM need) far faster than ts-jest; type checking is the `typecheck` target's job.
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': [
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
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@tsunagu/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@tsunagu/matching$': path.join(__dirname, 'libs/matching/src/index.ts'),
  },
};
