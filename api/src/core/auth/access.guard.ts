import { type CanActivate, type ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SESSION_COOKIE } from '@tsunagu/contracts';
import type { FastifyRequest } from 'fastify';
import { LocalizedHttpException } from '../http/localized.exception';
import { ACCESS_RULE, type AccessRule } from './access.decorator';
import { SessionService } from './session.service';
import { hasAnyRole } from './viewer';

/** Resolves the session and applies the route's access rule; no rule means no access. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_RULE, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!rule) {
      this.logger.error(`${request.method} ${request.routeOptions.url} has no access rule, so it is refused.`);
      throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'forbidden');
    }
    request.viewer = (await this.sessions.resolve(request.cookies[SESSION_COOKIE])) ?? undefined;
    if (rule.kind === 'public') return true;
    if (!request.viewer) throw new LocalizedHttpException(HttpStatus.UNAUTHORIZED, 'signInRequired');
    if (rule.roles.length > 0 && !hasAnyRole(request.viewer, rule.roles)) {
      throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'forbidden');
    }
    return true;
  }
}
