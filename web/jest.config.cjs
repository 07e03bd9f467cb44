// Unit tests for the web app's plain TypeScript (rules, request building). Components are
// checked in the browser by the e2e journeys (Playwright + axe), not with a DOM emulator.
module.exports = {
  ...require('../jest.preset.cjs'),
  displayName: 'web',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
