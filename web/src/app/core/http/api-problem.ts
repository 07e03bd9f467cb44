import type { ApiErrorBody } from '@tsunagu/contracts';

/** Why a request did not get an answer the page can show word for word. */
export type RequestFailure = 'offline' | 'busy' | 'unavailable';

/**
 * What went wrong with an API call, in the terms a page needs:
 * - `refused`: the API answered with a reason for the person (HTTP 400 with field messages, or a
 *   status the caller expects, such as 401/403/429 at login), already in their language;
 * - `failed`: no usable answer (offline, overloaded, a server fault).
 */
export type ApiProblem =
  | { kind: 'refused'; status: number; message: string | null; fields: Readonly<Record<string, string>> }
  | { kind: 'failed'; reason: RequestFailure };

/**
 * Sorts an HTTP error (status 0 when the request never reached the server) into an ApiProblem.
 * 400 always counts as refused when it carries the API's error body; other statuses only when the
 * caller lists them, since only the caller knows the message is meant for the person.
 */
export function apiProblemOf(status: number, body: unknown, refusedStatuses: readonly number[] = []): ApiProblem {
  if ((status === 400 || refusedStatuses.includes(status)) && isApiErrorBody(body)) {
    return { kind: 'refused', status, message: body.message || null, fields: body.fields ?? {} };
  }
  if (status === 0) return { kind: 'failed', reason: 'offline' };
  if (status === 429 || status === 503) return { kind: 'failed', reason: 'busy' };
  return { kind: 'failed', reason: 'unavailable' };
}

export function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string';
}
