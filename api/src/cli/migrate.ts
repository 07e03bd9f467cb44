import { loadConfig } from '../core/config/app-config';
import { ensureDatabase } from '../core/database/ensure-database';
import { withDataSource } from './with-data-source';

/** `migrate run` applies pending migrations (creating the database if needed); `migrate revert` undoes the last. */
async function main(command: string | undefined): Promise<void> {
  const { DATABASE_URL } = loadConfig();
  if (command === 'run') {
    await ensureDatabase(DATABASE_URL);
    const applied = await withDataSource(DATABASE_URL, (dataSource) => dataSource.runMigrations({ transaction: 'each' }));
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'No pending migrations.');
  } else if (command === 'revert') {
    await withDataSource(DATABASE_URL, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
    console.log('Reverted the last migration.');
  } else {
    console.error('Usage: migrate run | migrate revert');
    process.exitCode = 2;
  }
}

void main(process.argv[2]);
