import './test-env';
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const BUILT = path.join(__dirname, '../../dist/api/api/src');
const NOTHING_LISTENS = '127.0.0.1:6391';

/** Runs a compiled entry point the way `npm start` does, and returns what a person would see. */
function run(entryPoint: string, env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(BUILT, entryPoint)], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { status: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe('start-up without the services Tsunagu needs', () => {
  it.each(['main.js', 'worker.js'])('%s says in one sentence that Redis is missing and how to start it', (entryPoint) => {
    const { status, stderr } = run(entryPoint, { REDIS_URL: `redis://${NOTHING_LISTENS}` });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `Redis is not answering at ${NOTHING_LISTENS}: start it (for example \`redis-server --daemonize yes\`, ` +
        'or `docker compose up -d redis`) and run this again.',
    );
  });

  it('says in one sentence that the PostgreSQL named in DATABASE_URL is missing', () => {
    const { status, stderr } = run('main.js', { DATABASE_URL: `postgres://postgres@${NOTHING_LISTENS}/tsunagu` });
    expect(status).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^PostgreSQL is not answering at 127\.0\.0\.1:6391 \(from DATABASE_URL\)/);
  });

  it('npm start refuses a missing Redis with the same sentence, before starting anything', () => {
    const { status, stderr } = run('cli/start.js', { REDIS_URL: `redis://${NOTHING_LISTENS}` });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^Redis is not answering at 127\.0\.0\.1:6391: start it/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a setting that is not valid, in plain words', () => {
    const { status, stderr } = run('main.js', { PORT: 'eighty' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/^The environment is not valid: PORT: /);
  });
});
