import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUEST_TRANSITIONS, RequestStatus } from '@tsunagu/contracts';
import {
  canEditFields,
  isRequestStatus,
  reasonProblem,
  REQUEST_STATUSES,
  requesterMoves,
  staffMoves,
  statusKey,
  statusTone,
} from './request-status';

type Tree = { [key: string]: string | Tree };
const lookup = (lang: 'ja' | 'en', key: string): unknown =>
  key
    .split('.')
    .reduce<Tree | string | undefined>(
      (node, part) => (typeof node === 'object' ? node[part] : undefined),
      JSON.parse(readFileSync(join(__dirname, '../../../../public/i18n', `${lang}.json`), 'utf8')) as Tree,
    );

describe('request statuses in words', () => {
  it('names every status as the center says it', () => {
    const names = Object.fromEntries(REQUEST_STATUSES.map((status) => [status, lookup('ja', statusKey(status))]));
    expect(names).toEqual({
      draft: '下書き',
      submitted: '受付待ち',
      open: '受付済み',
      matching: '調整中',
      matched: '決定',
      done: '完了',
      cancelled: '取り消し',
      unfulfilled: '見つからず',
    });
    for (const status of REQUEST_STATUSES) expect(lookup('en', statusKey(status))).toEqual(expect.any(String));
  });

  it('covers every status of the contract, each with a tone', () => {
    expect([...REQUEST_STATUSES].sort()).toEqual(Object.keys(REQUEST_TRANSITIONS).sort());
    expect(statusTone(RequestStatus.Submitted)).toBe('waiting');
    expect(statusTone(RequestStatus.Unfulfilled)).toBe('ended');
    expect(isRequestStatus('open')).toBe(true);
    expect(isRequestStatus('closed')).toBe(false);
  });

  it('offers coordinators only the moves the API allows, leaving matching to the match console', () => {
    expect(staffMoves(RequestStatus.Draft)).toEqual([RequestStatus.Submitted, RequestStatus.Cancelled]);
    expect(staffMoves(RequestStatus.Submitted)).toEqual([RequestStatus.Open, RequestStatus.Cancelled]);
    expect(staffMoves(RequestStatus.Open)).toEqual([RequestStatus.Unfulfilled, RequestStatus.Cancelled]);
    expect(staffMoves(RequestStatus.Matched)).toEqual([RequestStatus.Done, RequestStatus.Cancelled]);
    expect(staffMoves(RequestStatus.Done)).toEqual([]);
    for (const from of REQUEST_STATUSES) for (const to of staffMoves(from)) expect(REQUEST_TRANSITIONS[from]).toContain(to);
  });

  it('lets the requester send a draft or cancel while the request is not over', () => {
    expect(requesterMoves(RequestStatus.Draft)).toEqual([RequestStatus.Submitted, RequestStatus.Cancelled]);
    expect(requesterMoves(RequestStatus.Open)).toEqual([RequestStatus.Cancelled]);
    expect(requesterMoves(RequestStatus.Cancelled)).toEqual([]);
    expect(canEditFields(RequestStatus.Draft, 'member')).toBe(true);
    expect(canEditFields(RequestStatus.Submitted, 'member')).toBe(false);
    expect(canEditFields(RequestStatus.Open, 'staff')).toBe(true);
    expect(canEditFields(RequestStatus.Matched, 'staff')).toBe(false);
  });

  it('needs a reason to cancel or to give up, and never a longer one than the API takes', () => {
    expect(reasonProblem(RequestStatus.Cancelled, '  ')).toBe('required');
    expect(reasonProblem(RequestStatus.Unfulfilled, '')).toBe('required');
    expect(reasonProblem(RequestStatus.Open, '')).toBeNull();
    expect(reasonProblem(RequestStatus.Cancelled, 'あ'.repeat(501))).toBe('tooLong');
    expect(reasonProblem(RequestStatus.Cancelled, '日程が合わなくなりました。')).toBeNull();
  });
});
