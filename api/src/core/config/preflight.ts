import { Client } from 'pg';
import Redis from 'ioredis';
import type { AppConfig } from './app-config';

const CONNECT_TIMEOUT_MS = 3000;

/** A service we cannot run without is missing; the message is one plain sentence for people. */
export class ServiceUnavailableError extends Error {}

function hostAndPort(url: string): string {
  const { hostname, port } = new URL(url);
  return port ? `${hostname}:${port}` : hostname;
}

export async function isPostgresReachable(databaseUrl: string): Promise<boolean> {
  // Connect to the server's own maintenance database: the app database may not exist yet.
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString(), connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function isRedisReachable(redisUrl: string): Promise<boolean> {
  const redis = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
    enableOfflineQueue: false,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

export function redisMissingSentence(redisUrl: string): string {
  return (
    `Redis is not answering at ${hostAndPort(redisUrl)}: start it ` +
    `(for example \`redis-server --daemonize yes\`, or \`docker compose up -d redis\`) and run this again.`
  );
}

export function postgresMissingSentence(databaseUrl: string): string {
  return (
    `PostgreSQL is not answering at ${hostAndPort(databaseUrl)} (from DATABASE_URL): start it, ` +
    `or unset DATABASE_URL to let \`npm start\` run an embedded PostgreSQL, and run this again.`
  );
}

/** Both entry points refuse to start without PostgreSQL and Redis, with a sentence, not a trace. */
export async function assertServicesReachable(config: AppConfig): Promise<void> {
  if (!(await isPostgresReachable(config.DATABASE_URL))) {
    throw new ServiceUnavailableError(postgresMissingSentence(config.DATABASE_URL));
  }
  if (!(await isRedisReachable(config.REDIS_URL))) {
    throw new ServiceUnavailableError(redisMissingSentence(config.REDIS_URL));
  }
}
