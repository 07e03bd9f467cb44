// Integration tests run against the real PostgreSQL and Redis on this machine: global setup
// creates a fresh test database and applies the migrations once per run.
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'api-integration',
  rootDir: __dirname,
  testMatch: ['<rootDir>/test/**/*.integration-spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  testTimeout: 30000,
};
