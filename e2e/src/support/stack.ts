/** Where the e2e stack runs: ports and databases of its own, so a running `npm start` is untouched. */
export const E2E_PORT = 3100;
export const E2E_MAIL_WEB_PORT = 1082;
export const E2E_SMTP_PORT = 1127;
export const BASE_URL = `http://localhost:${E2E_PORT}`;
export const MAIL_API = `http://127.0.0.1:${E2E_MAIL_WEB_PORT}/api`;

export const E2E_ENV = {
  PORT: String(E2E_PORT),
  PUBLIC_URL: BASE_URL,
  DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tsunagu_e2e',
  REDIS_URL: 'redis://127.0.0.1:6379/14',
  SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
  MAIL_CATCHER_WEB_PORT: String(E2E_MAIL_WEB_PORT),
  OUTBOX_POLL_MS: '200',
  LOG_LEVEL: 'warn',
};
