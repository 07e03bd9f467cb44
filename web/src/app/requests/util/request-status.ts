import { canMoveRequest, REQUEST_LIMITS, RequestStatus } from '@tsunagu/contracts';
import { characterCount } from '../../accounts/util/account-rules';
import { cleanText } from '../../shared/util/text-input';

/**
 * Where a 依頼 stands, in words (下書き / 受付待ち / 受付済み / 調整中 / 決定 / 完了 / 取り消し /
 * 見つからず), and which moves the pages offer. The moves themselves are REQUEST_TRANSITIONS in
 * @tsunagu/contracts: the API refuses anything else, and the pages never offer it.
 */

/** The lifecycle order: the staff list's filter links and any legend follow it. */
export const REQUEST_STATUSES: readonly RequestStatus[] = [
  RequestStatus.Draft,
  RequestStatus.Submitted,
  RequestStatus.Open,
  RequestStatus.Matching,
  RequestStatus.Matched,
  RequestStatus.Done,
  RequestStatus.Cancelled,
  RequestStatus.Unfulfilled,
];

export function isRequestStatus(value: unknown): value is RequestStatus {
  return REQUEST_STATUSES.includes(value as RequestStatus);
}

/** The translation key of a status's name: 「受付待ち」 for submitted. */
export const statusKey = (status: RequestStatus): string => `requests.statuses.${status}`;

/** How a status looks beside its name (a mark, never colour alone). */
export type StatusTone = 'draft' | 'waiting' | 'active' | 'success' | 'ended';

export function statusTone(status: RequestStatus): StatusTone {
  switch (status) {
    case RequestStatus.Draft:
      return 'draft';
    case RequestStatus.Submitted:
      return 'waiting';
    case RequestStatus.Open:
    case RequestStatus.Matching:
      return 'active';
    case RequestStatus.Matched:
    case RequestStatus.Done:
      return 'success';
    case RequestStatus.Cancelled:
    case RequestStatus.Unfulfilled:
      return 'ended';
  }
}

/** The mark shown before the status name (aria-hidden: the name says it all). */
export const STATUS_MARKS: Readonly<Record<StatusTone, string>> = {
  draft: '✎',
  waiting: '●',
  active: '▶',
  success: '✓',
  ended: '—',
};

/** Moves that need the reason in words (kept in the history and told to the other side). */
export function reasonRequired(to: RequestStatus): boolean {
  return to === RequestStatus.Cancelled || to === RequestStatus.Unfulfilled;
}

/**
 * The moves a coordinator makes by hand on the request's page, in the order offered: 受け付ける,
 * 完了にする, then the endings. 調整中 and 決定 come from the match console (offers and approvals:
 * the matching pages), so they are not offered here.
 */
const STAFF_MOVES: readonly RequestStatus[] = [
  RequestStatus.Submitted,
  RequestStatus.Open,
  RequestStatus.Done,
  RequestStatus.Unfulfilled,
  RequestStatus.Cancelled,
];

export function staffMoves(from: RequestStatus): RequestStatus[] {
  return STAFF_MOVES.filter((to) => canMoveRequest(from, to));
}

/** What the requester may do themselves: send a draft, or cancel (with a reason) while it is not over. */
export function requesterMoves(from: RequestStatus): RequestStatus[] {
  return [RequestStatus.Submitted, RequestStatus.Cancelled].filter((to) => canMoveRequest(from, to));
}

/** The button for a move: 「受け付ける」 for → open, 「取り消す」 for → cancelled, and so on. */
export const moveKey = (to: RequestStatus): string => `requests.moves.${to}`;

/** A draft can still be changed by the person who wrote it (or by a coordinator until it is under way). */
export function canEditFields(status: RequestStatus, audience: 'member' | 'staff'): boolean {
  if (audience === 'member') return status === RequestStatus.Draft;
  return status === RequestStatus.Draft || status === RequestStatus.Submitted || status === RequestStatus.Open;
}

export type ReasonProblem = 'required' | 'tooLong';

/** The reason for a move: required for 取り消し and 見つからず, never longer than the API takes. */
export function reasonProblem(to: RequestStatus, reason: string): ReasonProblem | null {
  const words = cleanText(reason);
  if (words === '') return reasonRequired(to) ? 'required' : null;
  return characterCount(words) > REQUEST_LIMITS.reasonMaxLength ? 'tooLong' : null;
}
