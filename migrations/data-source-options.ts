import path from 'node:path';
import type { DataSourceOptions } from 'typeorm';

/** This machine's PostgreSQL (trust auth); `npm start` and the API use it unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/tsunagu';

/**
 * The one TypeORM configuration, shared by the API, the worker, the migration command and the
 * tests. Globs match both the TypeScript sources (tests) and the compiled output (dist/api).
 */
export function dataSourceOptions(databaseUrl: string): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: [path.join(__dirname, '..', 'api', 'src', '**', '*.entity.{ts,js}')],
    migrations: [path.join(__dirname, '[0-9]*-*.{ts,js}')],
    synchronize: false,
    migrationsTableName: 'schema_migrations',
  };
}
