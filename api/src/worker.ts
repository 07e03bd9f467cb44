import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { runEntryPoint } from './core/bootstrap/run-entry-point';
import { WorkerModule } from './worker.module';

void runEntryPoint(async () => {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('Worker started: relaying the outbox and sending mail.');
});
