import { Client } from 'pg';

function adminUrl(databaseUrl: string): { admin: string; name: string } {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) {
    throw new Error(`Database name "${name}" must be lower-case letters, digits and underscores.`);
  }
  url.pathname = '/postgres';
  return { admin: url.toString(), name };
}

async function withAdmin<T>(databaseUrl: string, work: (client: Client, name: string) => Promise<T>): Promise<T> {
  const { admin, name } = adminUrl(databaseUrl);
  const client = new Client({ connectionString: admin });
  await client.connect();
  try {
    return await work(client, name);
  } finally {
    await client.end();
  }
}

// A UTF-8 locale: under the C locale pg_trgm silently ignores Japanese characters.
const createStatement = (name: string) =>
  `CREATE DATABASE "${name}" ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`;

/** Creates the database named in the URL if it does not exist yet. Returns true if it created it. */
export function ensureDatabase(databaseUrl: string): Promise<boolean> {
  return withAdmin(databaseUrl, async (client, name) => {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return false;
    await client.query(createStatement(name));
    return true;
  });
}

/** Drops and creates the database: tests start each run from an empty schema. */
export function recreateDatabase(databaseUrl: string): Promise<void> {
  return withAdmin(databaseUrl, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(createStatement(name));
  });
}

export function dropDatabase(databaseUrl: string): Promise<void> {
  return withAdmin(databaseUrl, async (client, name) => {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
