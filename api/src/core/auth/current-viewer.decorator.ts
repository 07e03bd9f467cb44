import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { AuthenticatedViewer } from './viewer';

/** The signed-in viewer; only on routes marked @SignedIn(), where the guard guarantees one. */
export const CurrentViewer = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedViewer =>
    context.switchToHttp().getRequest<FastifyRequest>().viewer as AuthenticatedViewer,
);
