// Runs the built product (`npm start`'s launcher, after the build) on ports of its own against a
// fresh bench database, and gives a signed-in HTTP client, so benchmarks measure the real API.
'use strict';
const path = require('node:path');
const { spawn } = require('node:child_process');
const { Client } = require('pg');

const PORT = Number(process.env.BENCH_PORT ?? 3400);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const ADMIN_URL = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const DATABASE = process.env.BENCH_DATABASE ?? 'tsunagu_bench';

function databaseUrl(database = DATABASE) {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function adminQuery(sql) {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Starts from an empty database (options.database, default BENCH_DATABASE or tsunagu_bench): the
 * launcher migrates it and loads the demo centers and staff.
 */
async function startStack(options = {}) {
  const database = options.database ?? DATABASE;
  await adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  const launcher = spawn(process.execPath, [path.join(__dirname, '../../dist/api/api/src/cli/start.js')], {
    env: {
      ...process.env,
      PORT: String(PORT),
      PUBLIC_URL: BASE_URL,
      DATABASE_URL: databaseUrl(database),
      REDIS_URL: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/13',
      SMTP_URL: 'smtp://127.0.0.1:1425',
      MAIL_CATCHER_WEB_PORT: '1426',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout.on('data', (chunk) => (output += chunk));
  launcher.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (launcher.exitCode !== null) throw new Error(`The stack stopped while starting:\n${output}`);
    if (
      await fetch(`${BASE_URL}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      return {
        launcher,
        databaseUrl: databaseUrl(database),
        stop: () => stopLauncher(launcher),
        dropDatabase: () => adminQuery(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`),
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  launcher.kill('SIGTERM');
  throw new Error(`The stack did not become healthy in time:\n${output}`);
}

function stopLauncher(launcher) {
  if (launcher.exitCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => launcher.once('exit', resolve));
  launcher.kill('SIGTERM');
  return Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** A client logged in as a demo staff member, sending the session and CSRF cookies like a browser. */
async function signedInClient(email, password = 'tsunagu-demo-2026') {
  const cookies = new Map();
  const remember = (response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
  };
  const headers = () => ({
    cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    'x-xsrf-token': decodeURIComponent(cookies.get('XSRF-TOKEN') ?? ''),
    'accept-language': 'ja',
  });
  remember(await fetch(`${BASE_URL}/api/health`));
  const login = await fetch(`${BASE_URL}/api/sessions`, {
    method: 'POST',
    headers: { ...headers(), 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`Login as ${email} failed: ${login.status} ${await login.text()}`);
  remember(login);
  return {
    async get(pathAndQuery) {
      const response = await fetch(`${BASE_URL}${pathAndQuery}`, { headers: headers() });
      if (!response.ok) throw new Error(`GET ${pathAndQuery} answered ${response.status}: ${await response.text()}`);
      return response.json();
    },
    async post(pathAndQuery, body) {
      const response = await fetch(`${BASE_URL}${pathAndQuery}`, {
        method: 'POST',
        headers: { ...headers(), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`POST ${pathAndQuery} answered ${response.status}: ${await response.text()}`);
      return response.json();
    },
  };
}

/** p50 / p95 / max of a list of milliseconds. */
function percentiles(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { n: sorted.length, p50: at(50), p95: at(95), max: sorted[sorted.length - 1] };
}

function formatRow(label, { n, p50, p95, max }) {
  return `${label.padEnd(44)} n=${String(n).padStart(4)}  p50 ${p50.toFixed(1).padStart(7)} ms  p95 ${p95.toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms`;
}

module.exports = { BASE_URL, startStack, signedInClient, percentiles, formatRow };
