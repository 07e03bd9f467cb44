import { Role } from '@tsunagu/contracts';

export interface Grant {
  role: Role;
  centerId: string | null;
}

/** Who is asking: resolved from the session cookie by the access guard. */
export interface AuthenticatedViewer {
  accountId: string;
  sessionId: string;
  grants: Grant[];
}

export function hasAnyRole(viewer: AuthenticatedViewer, roles: readonly Role[]): boolean {
  return viewer.grants.some((grant) => roles.includes(grant.role));
}

declare module 'fastify' {
  interface FastifyRequest {
    viewer?: AuthenticatedViewer;
  }
}
