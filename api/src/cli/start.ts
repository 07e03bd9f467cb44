import path from 'node:path';
import { concurrently } from 'concurrently';
import { DEFAULT_DATABASE_URL, loadConfig } from '../core/config/app-config';
import { isPostgresReachable, isRedisReachable, postgresMissingSentence, redisMissingSentence } from '../core/config/preflight';
import { ensureDatabase } from '../core/database/ensure-database';
import { loadDemoData } from '../demo-data/load-demo-data';
import { isSmtpAnswering, type RunningService, startEmbeddedPostgres, startMailCatcher } from './local-services';
import { withDataSource } from './with-data-source';

const HEALTH_WAIT_MS = 60_000;

/**
 * `npm start`: everything Tsunagu needs on one machine, from a fresh clone, with no env file:
 * PostgreSQL (the local one, or an embedded one), migrations, demo data, the mail catcher,
 * the API (which also serves the web app) and the worker.
 */
async function start(): Promise<void> {
  const env = { ...process.env };
  const services: RunningService[] = [];
  let stopping: Promise<unknown> | undefined;
  const stopServices = () => (stopping ??= Promise.allSettled([...services].reverse().map((service) => service.stop())));

  let databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  if (!(await isPostgresReachable(databaseUrl))) {
    if (env.DATABASE_URL) return fail(postgresMissingSentence(databaseUrl));
    const { EMBEDDED_POSTGRES_PORT } = loadConfig(env);
    say(
      `No PostgreSQL answers at 127.0.0.1:5432, so Tsunagu starts an embedded one (data in .data/postgres, port ${EMBEDDED_POSTGRES_PORT}).`,
    );
    const embedded = await startEmbeddedPostgres(EMBEDDED_POSTGRES_PORT);
    services.push(embedded.service);
    databaseUrl = embedded.databaseUrl;
  }
  env.DATABASE_URL = databaseUrl;
  const config = loadConfig(env);

  if (!(await isRedisReachable(config.REDIS_URL))) {
    await stopServices();
    return fail(redisMissingSentence(config.REDIS_URL));
  }

  say('Preparing the database (migrations and demo data)…');
  await ensureDatabase(config.DATABASE_URL);
  await withDataSource(config.DATABASE_URL, async (dataSource) => {
    await dataSource.runMigrations({ transaction: 'each' });
    await loadDemoData(dataSource);
  });

  try {
    if (await isSmtpAnswering(config.SMTP_URL)) {
      say(`A mail server already answers at ${config.SMTP_URL}; Tsunagu sends its mail there.`);
    } else {
      services.push(await startMailCatcher(config.SMTP_URL, config.MAIL_CATCHER_WEB_PORT));
    }
  } catch (error) {
    await stopServices();
    return fail(`The mail catcher could not start (${(error as Error).message}): is another one running on those ports?`);
  }

  const built = path.resolve(__dirname, '..');
  const { result } = concurrently(
    [
      { name: 'api', command: `exec "${process.execPath}" "${path.join(built, 'main.js')}"`, env, prefixColor: 'blue' },
      { name: 'worker', command: `exec "${process.execPath}" "${path.join(built, 'worker.js')}"`, env, prefixColor: 'magenta' },
    ],
    { killOthersOn: ['failure', 'success'], handleInput: false },
  );
  const stopAll = () => void stopServices();
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);

  void waitForHealth(`http://127.0.0.1:${config.PORT}/api/health`).then((healthy) => {
    if (!healthy) return;
    say(
      [
        '',
        'Tsunagu is running. Open these in your browser:',
        `  Web app ............ ${config.PUBLIC_URL}/`,
        `  Volunteer form ..... ${config.PUBLIC_URL}/volunteer/enquiry`,
        `  API docs ........... ${config.PUBLIC_URL}/api/docs`,
        `  Mail inbox ......... http://localhost:${config.MAIL_CATCHER_WEB_PORT}/`,
        'Press Ctrl+C to stop.',
        '',
      ].join('\n'),
    );
  });

  await result.catch(() => undefined);
  await stopServices();
}

async function waitForHealth(url: string): Promise<boolean> {
  const deadline = Date.now() + HEALTH_WAIT_MS;
  while (Date.now() < deadline) {
    const ok = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

function say(message: string): void {
  process.stdout.write(`${message}\n`);
}

function fail(sentence: string): void {
  process.stderr.write(`${sentence}\n`);
  process.exitCode = 1;
}

void start();
