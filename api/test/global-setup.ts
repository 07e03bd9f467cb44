import { spawn } from 'node:child_process';
import path from 'node:path';
import Redis from 'ioredis';
import { loadConfig, register } from 'tsconfig-paths';
import { DataSource } from 'typeorm';
// Jest resolves a globalSetup without moduleNameMapper, so the path aliases are not available here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dataSourceOptions } from '../../migrations';
import { recreateDatabase } from '../src/core/database/ensure-database';
import { TEST_ENV, TEST_MAIL_CATCHER_WEB_PORT, TEST_SMTP_PORT } from './test-env';
import { waitForMailCatcher } from './mail-catcher';

/** A fresh database with every migration applied, an empty Redis database and a running MailDev. */
export default async function globalSetup(): Promise<void> {
  await recreateDatabase(TEST_ENV.DATABASE_URL);
  // A migration may use a lib (@tsunagu/matching): the workspace's path aliases, as the build rewrites them.
  const workspace = loadConfig(path.join(__dirname, '../../tsconfig.base.json'));
  if (workspace.resultType === 'success') register({ baseUrl: workspace.absoluteBaseUrl, paths: workspace.paths });
  // Migrations only: the API's entities are not needed to apply them.
  const dataSource = await new DataSource({ ...dataSourceOptions(TEST_ENV.DATABASE_URL), entities: [] }).initialize();
  await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();

  const redis = new Redis(TEST_ENV.REDIS_URL);
  await redis.flushdb();
  redis.disconnect();

  const maildev = spawn(
    process.execPath,
    [
      path.join(__dirname, '../../node_modules/maildev/dist/bin/maildev.js'),
      '--smtp',
      String(TEST_SMTP_PORT),
      '--web',
      String(TEST_MAIL_CATCHER_WEB_PORT),
      '--ip',
      '127.0.0.1',
      '--web-ip',
      '127.0.0.1',
      '--silent',
    ],
    { stdio: 'ignore', detached: false },
  );
  (globalThis as { maildev?: typeof maildev }).maildev = maildev;
  await waitForMailCatcher();
}
