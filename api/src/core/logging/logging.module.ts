import { Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config';

/** JSON logs (pino); personal data in requests is never logged: bodies are not, and these headers are redacted. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // Nest 11's route syntax: the default '*' makes Nest warn and convert it at every start.
        forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
        pinoHttp: {
          level: config.LOG_LEVEL,
          redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
          // Health probes are not logged. Fastify's middleware layer cuts the matched path off req.url.
          autoLogging: { ignore: (req) => ((req as { originalUrl?: string }).originalUrl ?? req.url) === '/api/health' },
        },
      }),
    }),
  ],
})
export class LoggingModule {}
