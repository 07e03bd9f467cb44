import './test-env';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { AppModule } from '../src/app.module';
import { loadConfig } from '../src/core/config/app-config';
import { configureHttpApp } from '../src/core/http/configure-http-app';

export interface RegisteredRoute {
  method: string;
  url: string;
}

/** The real HTTP app (same setup as main.ts) on the test database, driven by light-my-request. */
export async function createHttpApp(routes: RegisteredRoute[] = []): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = moduleRef.createNestApplication<NestFastifyApplication>(new FastifyAdapter(), { logger: ['error'] });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routes.push({ method, url: route.url });
    });
  await configureHttpApp(app, loadConfig());
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}
