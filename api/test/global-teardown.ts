import type { ChildProcess } from 'node:child_process';
import { dropDatabase } from '../src/core/database/ensure-database';
import { TEST_ENV } from './test-env';

export default async function globalTeardown(): Promise<void> {
  (globalThis as { maildev?: ChildProcess }).maildev?.kill();
  await dropDatabase(TEST_ENV.DATABASE_URL);
}
