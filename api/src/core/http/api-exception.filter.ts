import { STATUS_CODES } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiErrorBody } from '@tsunagu/contracts';
import { errorTitle, fieldMessage, localizedMessage } from '../i18n/messages';
import { localeFromAcceptLanguage } from '../i18n/request-locale';
import { InvalidInputException } from './invalid-input.exception';
import { LocalizedHttpException } from './localized.exception';

/**
 * Turns every error into the STYLE.md error body, worded in the caller's language. When the
 * web app is served, an unknown non-API page gets index.html so Angular's router can show it.
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(ApiExceptionFilter.name);

  constructor(private readonly webRoot: string | null) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const statusCode = statusOf(exception);
    if (statusCode === HttpStatus.NOT_FOUND && this.isWebPage(request)) {
      void reply.type('text/html; charset=utf-8').sendFile('index.html', this.webRoot as string);
      return;
    }
    const locale = localeFromAcceptLanguage(request.headers['accept-language']);
    const body: ApiErrorBody = {
      statusCode,
      error: STATUS_CODES[statusCode] ?? 'Error',
      message: errorTitle(locale, statusCode),
    };
    if (exception instanceof InvalidInputException) {
      body.message = errorTitle(locale, 'invalidInput');
      body.fields = Object.fromEntries(
        exception.problems.map((problem) => [problem.field, fieldMessage(locale, problem.field, problem.rule, problem.args)]),
      );
    }
    if (exception instanceof LocalizedHttpException) {
      body.message = localizedMessage(locale, exception.messageKey);
    }
    if (statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    void reply.status(statusCode).header('content-language', locale).send(body);
  }

  private isWebPage(request: FastifyRequest): boolean {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    return this.webRoot !== null && isRead && !/^\/api(\/|$|\?)/.test(request.url);
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  // Fastify's own errors (malformed JSON, body too large) carry a 4xx statusCode.
  const statusCode = (exception as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) return statusCode;
  return HttpStatus.INTERNAL_SERVER_ERROR;
}
