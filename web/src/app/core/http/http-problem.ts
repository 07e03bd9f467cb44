import { HttpErrorResponse } from '@angular/common/http';
import { type ApiProblem, apiProblemOf } from './api-problem';

/** An error thrown by HttpClient (or anything else) as an ApiProblem; see apiProblemOf. */
export function problemOf(error: unknown, refusedStatuses: readonly number[] = []): ApiProblem {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'failed', reason: 'unavailable' };
  return apiProblemOf(error.status, error.error, refusedStatuses);
}
