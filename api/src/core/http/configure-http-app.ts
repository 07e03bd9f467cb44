import { existsSync } from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import csrfProtection from '@fastify/csrf-protection';
import helmet from '@fastify/helmet';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { API_PREFIX } from '@tsunagu/contracts';
import { CSRF_SECRET_COOKIE, issueCsrfTokens } from '../auth/csrf';
import type { AppConfig } from '../config/app-config';
import { ApiExceptionFilter } from './api-exception.filter';
import { createValidationPipe } from './validation.pipe';

/** Everything main.ts and the integration tests both need, so tests exercise the real setup. */
export async function configureHttpApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const webRoot = path.resolve(config.WEB_DIST);
  const serveWeb = existsSync(path.join(webRoot, 'index.html'));

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Angular adds inline style attributes; Swagger UI needs inline styles too.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  const secure = config.PUBLIC_URL.startsWith('https:');
  await app.register(cookie);
  await app.register(csrfProtection, {
    cookieKey: CSRF_SECRET_COOKIE,
    cookieOpts: { path: '/', sameSite: 'lax', httpOnly: true, secure },
  });
  issueCsrfTokens(app.getHttpAdapter().getInstance(), secure);
  // A route may take a larger body than the default 1 MiB by saying so: @RouteConfig({ bodyLimit }).
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRoute', (route) => {
      const bodyLimit = (route.config as { bodyLimit?: unknown } | undefined)?.bodyLimit;
      if (typeof bodyLimit === 'number') route.bodyLimit = bodyLimit;
    });
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter(serveWeb ? webRoot : null));
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('Tsunagu API').setDescription('つなぐ: 社会福祉協議会のための API').setVersion('0.1').build(),
  );
  SwaggerModule.setup(`${API_PREFIX}/docs`, app, document);

  if (serveWeb) app.useStaticAssets({ root: webRoot, wildcard: false });
}
