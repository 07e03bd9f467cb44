import { type HttpInterceptorFn, HttpXsrfTokenExtractor } from '@angular/common/http';
import { inject } from '@angular/core';
import { CSRF_HEADER } from '@tsunagu/contracts';
import { from, switchMap } from 'rxjs';
import { isApiUrl } from '../http/api-url';
import { SessionStore } from './session.store';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** How long a send waits for the start-up session check before going without the token. */
const WAIT_MS = 5000;

/**
 * Angular's own XSRF interceptor copies the API's `XSRF-TOKEN` cookie into the header, but only if
 * the cookie is already there. The cookie arrives with the API's first answer (GET /api/me at
 * start-up), so a send made before that answer waits for it, then carries the token.
 */
export const csrfReadyInterceptor: HttpInterceptorFn = (request, next) => {
  if (!UNSAFE_METHODS.has(request.method) || !isApiUrl(request.url) || request.headers.has(CSRF_HEADER)) {
    return next(request);
  }
  const tokens = inject(HttpXsrfTokenExtractor);
  const session = inject(SessionStore);
  const checked = Promise.race([session.check(), new Promise<void>((resolve) => setTimeout(resolve, WAIT_MS))]);
  return from(checked).pipe(
    switchMap(() => {
      const token = tokens.getToken();
      return next(token ? request.clone({ setHeaders: { [CSRF_HEADER]: token } }) : request);
    }),
  );
};
