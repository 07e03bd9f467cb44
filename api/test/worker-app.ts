import './test-env';
import type { INestApplicationContext, ModuleMetadata } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, type AppConfig, loadConfig } from '../src/core/config/app-config';
import { ConfigModule } from '../src/core/config/config.module';
import { DatabaseModule } from '../src/core/database/database.module';
import { OutboxRelayModule } from '../src/core/outbox/outbox-relay.module';
import { WorkerModule } from '../src/worker.module';

/** The real worker process's module; `config` changes settings such as where Redis is. */
export function createWorker(config: Partial<AppConfig> = {}): Promise<INestApplicationContext> {
  return createContext([WorkerModule], config);
}

/**
 * Only the outbox relay, as it runs inside the worker. BullMQ's job consumer cannot be closed
 * while Redis is away, so tests of an outage use this part alone.
 */
export function createOutboxRelay(config: Partial<AppConfig> = {}): Promise<INestApplicationContext> {
  return createContext([ConfigModule, DatabaseModule, OutboxRelayModule], config);
}

async function createContext(imports: ModuleMetadata['imports'], config: Partial<AppConfig>): Promise<INestApplicationContext> {
  const moduleRef = await Test.createTestingModule({ imports })
    .overrideProvider(APP_CONFIG)
    .useValue({ ...loadConfig(), ...config })
    .compile();
  moduleRef.useLogger(['error']);
  await moduleRef.init();
  return moduleRef;
}
