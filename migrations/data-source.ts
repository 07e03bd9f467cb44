// For the TypeORM CLI, e.g. `npx typeorm-ts-node-commonjs migration:show -d migrations/data-source.ts`.
import { DataSource } from 'typeorm';
import { DEFAULT_DATABASE_URL, dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(process.env['DATABASE_URL'] ?? DEFAULT_DATABASE_URL));
