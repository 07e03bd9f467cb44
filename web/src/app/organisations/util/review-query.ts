import { ORGANISATION_LIMITS, ORGANISATION_STATUSES, type OrganisationStatus } from '@tsunagu/contracts';
import { characterCount } from '../../accounts/util/account-rules';
import { pageParam } from '../../shared/util/pagination';
import { cleanText } from '../../shared/util/text-input';

/** 登録申請の審査 shows this many applications a page. */
export const REVIEW_PAGE_SIZE = 10;

/** The tabs, in the order a coordinator works through them: the queue first. */
export const REVIEW_STATUSES: readonly OrganisationStatus[] = ORGANISATION_STATUSES;

/** Which applications the page lists, from the address (?status=&page=). */
export interface ReviewQuery {
  status: OrganisationStatus;
  page: number;
}

interface ParamReader {
  get(name: string): string | null;
}

/** The query parameters, cleaned: an unknown status is the queue (審査中), a bad page is page 1. */
export function reviewQueryOf(params: ParamReader): ReviewQuery {
  const status = params.get('status');
  return {
    status: REVIEW_STATUSES.includes(status as OrganisationStatus) ? (status as OrganisationStatus) : 'pending',
    page: pageParam(params.get('page')),
  };
}

/** The tab's link: 審査中 is the address without ?status. */
export function statusParam(status: OrganisationStatus): OrganisationStatus | null {
  return status === 'pending' ? null : status;
}

/** 承認する (a note is optional) or 承認しない (a reason is required). */
export type Decision = 'approve' | 'reject';
export type DecisionErrorKind = 'required' | 'tooLong';

/** The reason or note as it will be sent, with the problem the form shows (null: fine). */
export function decisionProblem(decision: Decision, raw: string): DecisionErrorKind | null {
  const reason = cleanText(raw);
  if (reason === '') return decision === 'reject' ? 'required' : null;
  return characterCount(reason) > ORGANISATION_LIMITS.reasonMaxLength ? 'tooLong' : null;
}

/** The body of …/approve or …/reject: a blank note is left out. */
export function decisionRequest(raw: string): { reason?: string } {
  const reason = cleanText(raw);
  return reason ? { reason } : {};
}
