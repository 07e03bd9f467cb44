/**
 * The integration tier's own database, Redis database and mail catcher ports, so a run never
 * touches `npm start`'s data. Imported first by the global setup and by every test file.
 */
export const TEST_SMTP_PORT = 1126;
export const TEST_MAIL_CATCHER_WEB_PORT = 1081;

/**
 * Each run gets its own database (named by the global setup, which runs first in the same
 * process), so two runs on one machine never drop each other's data.
 */
const RUN_DATABASE = (process.env['TSUNAGU_TEST_DATABASE'] ??= `tsunagu_integration_${process.pid}`);

export const TEST_ENV = {
  NODE_ENV: 'test',
  DATABASE_URL: `postgres://postgres@127.0.0.1:5432/${RUN_DATABASE}`,
  REDIS_URL: 'redis://127.0.0.1:6379/15',
  SMTP_URL: `smtp://127.0.0.1:${TEST_SMTP_PORT}`,
  OUTBOX_POLL_MS: '100',
  LOG_LEVEL: 'warn',
  WEB_DIST: 'no-web-in-integration-tests',
} as const;

Object.assign(process.env, TEST_ENV);
