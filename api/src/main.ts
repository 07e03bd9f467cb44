import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { runEntryPoint } from './core/bootstrap/run-entry-point';
import { configureHttpApp } from './core/http/configure-http-app';

void runEntryPoint(async (config) => {
  const app = await NestFactory.create<NestFastifyApplication>(AppModule, new FastifyAdapter({ trustProxy: true }), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  await configureHttpApp(app, config);
  await app.listen(config.PORT, config.HOST);
  app.get(Logger).log(`API listening on ${config.PUBLIC_URL}`);
});
