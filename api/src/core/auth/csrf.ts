import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import Tokens from '@fastify/csrf';
import { CSRF_COOKIE, CSRF_HEADER } from '@tsunagu/contracts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { LocalizedHttpException } from '../http/localized.exception';

/** Where @fastify/csrf-protection keeps the per-browser secret (an httpOnly cookie). */
export const CSRF_SECRET_COOKIE = '_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const tokens = new Tokens({ userInfo: false }) as { verify(secret: string, token: string): boolean };

/**
 * Gives every browser a CSRF token in a readable cookie, which Angular's HttpClient echoes in
 * the X-XSRF-TOKEN header of every unsafe request (its built-in XSRF scheme).
 */
export function issueCsrfTokens(fastify: FastifyInstance, secure: boolean): void {
  fastify.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.cookies[CSRF_COOKIE] && request.cookies[CSRF_SECRET_COOKIE]) return;
    const token = reply.generateCsrf({ secure });
    void reply.setCookie(CSRF_COOKIE, token, { path: '/', sameSite: 'lax', secure, httpOnly: false });
  });
}

/** Refuses an unsafe request whose header does not carry a token made from this browser's secret. */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const secret = request.cookies[CSRF_SECRET_COOKIE];
    const token = request.headers[CSRF_HEADER];
    if (secret && typeof token === 'string' && tokens.verify(secret, token)) return true;
    throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'csrfRejected');
  }
}
