import { HttpStatus, Injectable } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { LocalizedHttpException } from '../core/http/localized.exception';

export const LOGIN_ATTEMPTS_PER_WINDOW = 10;
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;

/** Slows password guessing: attempts are counted per address and per network origin. */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const { ip, body } = request as unknown as FastifyRequest<{ Body: { email?: unknown } }>;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    return `${ip}|${email}`;
  }

  protected override async throwThrottlingException(): Promise<void> {
    throw new LocalizedHttpException(HttpStatus.TOO_MANY_REQUESTS, 'tooManyLoginAttempts');
  }
}
