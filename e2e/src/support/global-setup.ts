import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { BASE_URL, E2E_ENV } from './stack';

const START_TIMEOUT_MS = 120_000;

/** Starts the whole product the way `npm start` does (after its build step). */
export default async function globalSetup(): Promise<void> {
  await startFromEmpty();
  const launcher = spawn(process.execPath, [path.join(__dirname, '../../../dist/api/api/src/cli/start.js')], {
    env: { ...process.env, ...E2E_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  launcher.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  (globalThis as { launcher?: ChildProcess }).launcher = launcher;

  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (launcher.exitCode !== null) throw new Error(`The stack stopped while starting:\n${output}`);
    const healthy = await fetch(`${BASE_URL}/api/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  launcher.kill('SIGTERM');
  throw new Error(`The stack did not become healthy in time:\n${output}`);
}

/** Every run starts from an empty database and queue, so a journey never meets the last run's data. */
async function startFromEmpty(): Promise<void> {
  const database = new URL(E2E_ENV.DATABASE_URL);
  const name = database.pathname.slice(1);
  database.pathname = '/postgres';
  const client = new Client({ connectionString: database.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  const redis = new Redis(E2E_ENV.REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
}
