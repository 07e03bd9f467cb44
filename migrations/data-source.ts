// For the TypeORM CLI (e.g. `npx typeorm-ts-node-commonjs migration:generate -d migrations/data-source.ts`).
import { DataSource } from 'typeorm';
import { loadConfig } from '../api/src/core/config/app-config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(loadConfig().DATABASE_URL));
