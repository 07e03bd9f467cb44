// Root ESLint flat config. Each project's eslint.config.mjs spreads this and adds its own rules.
import nx from '@nx/eslint-plugin';

/** Packages a scope:shared lib must never import: no framework, no ORM, no I/O (STYLE.md). */
const notInSharedLibs = [
  '@nestjs/*',
  'typeorm',
  'typeorm/*',
  '@angular/*',
  '@fastify/*',
  'pg',
  'ioredis',
  'bullmq',
  'nodemailer',
];

/** Shared libs are pure: Node's I/O modules are as out of place there as the packages above. */
export const pureLibRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: [
            'fs',
            'fs/*',
            'node:fs',
            'node:fs/*',
            'child_process',
            'node:child_process',
            'net',
            'node:net',
            'http',
            'node:http',
            'https',
            'node:https',
            'dgram',
            'node:dgram',
            'worker_threads',
            'node:worker_threads',
          ],
          message: 'libs/ is pure (STYLE.md): do I/O in api/ and pass the data in.',
        },
      ],
    },
  ],
};

export default [
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/coverage',
      '**/.data',
      '**/tmp',
      'e2e/artifacts',
    ],
  },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    // Source files only: config files (eslint.config.mjs, jest.config.cjs) import the root ones.
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // `const { secret: _omit, ...rest } = row` and `(_req, res)` are deliberate.
      '@typescript-eslint/no-unused-vars': [
        'warn',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          // A project must satisfy every constraint whose sourceTag it carries.
          depConstraints: [
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: notInSharedLibs,
            },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            // Browser journeys drive the running stack; they may share route paths and payload
            // types from contracts, never api/ or web/ code.
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  // For `npx eslint libs/` from the root; each lib's own config applies the same rules.
  { files: ['libs/**/*.ts'], rules: pureLibRules },
];
