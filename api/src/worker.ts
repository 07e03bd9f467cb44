import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runEntryPoint } from './core/bootstrap/run-entry-point';
import { WorkerModule } from './worker.module';

/** BullMQ's worker waits for Redis to close cleanly; during an outage it would wait forever. */
const SHUTDOWN_DEADLINE_MS = 10_000;

void runEntryPoint(async () => {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref());
  }
  await app.init();
  app.get(Logger).log('Worker started: relaying the outbox and sending mail.');
});
