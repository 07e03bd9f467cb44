import { DEFAULT_DATABASE_URL } from '@tsunagu/migrations';
import { z } from 'zod';

export { DEFAULT_DATABASE_URL };

/** Defaults fit this machine and `npm start`: no env file is needed. */
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
export const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:1025';

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  DATABASE_URL: z.url().default(DEFAULT_DATABASE_URL),
  REDIS_URL: z.url().default(DEFAULT_REDIS_URL),
  SMTP_URL: z.url().default(DEFAULT_SMTP_URL),
  MAIL_FROM: z.string().default('つなぐ区ボランティアセンター <volunteer@tsunagu.example>'),
  /** Where the built Angular app is; the API serves it so one origin carries web and API. */
  WEB_DIST: z.string().default('dist/web/browser'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How often the worker moves outbox rows onto the queue. */
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).default(1000),
  /** The local mail catcher's inbox (npm start); its SMTP port comes from SMTP_URL. */
  MAIL_CATCHER_WEB_PORT: z.coerce.number().int().min(1).max(65535).default(1080),
  /** Where npm start keeps an embedded PostgreSQL when none answers. */
  EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Injection token for the validated config. */
export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigError extends Error {}

/** Validates the environment once; both entry points call this before anything else. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`The environment is not valid: ${problems.join('; ')}`);
  }
  return parsed.data;
}
