import { ORGANISATION_LIMITS } from '@tsunagu/contracts';
import { decisionProblem, decisionRequest, reviewQueryOf, statusParam } from './review-query';

const params = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});

describe('登録申請の審査', () => {
  it('opens on the queue (審査中) unless the address names another tab', () => {
    expect(reviewQueryOf(params({}))).toEqual({ status: 'pending', page: 1 });
    expect(reviewQueryOf(params({ status: 'rejected', page: '3' }))).toEqual({
      status: 'rejected',
      page: 3,
    });
    expect(reviewQueryOf(params({ status: 'deleted', page: '-1' }))).toEqual({
      status: 'pending',
      page: 1,
    });
    expect(statusParam('pending')).toBeNull();
    expect(statusParam('approved')).toBe('approved');
  });

  it('needs a reason to reject, and none to approve', () => {
    expect(decisionProblem('reject', '  ')).toBe('required');
    expect(decisionProblem('approve', '')).toBeNull();
    expect(decisionProblem('reject', '担当地域の外のため')).toBeNull();
    expect(decisionProblem('approve', 'あ'.repeat(ORGANISATION_LIMITS.reasonMaxLength + 1))).toBe('tooLong');
  });

  it('sends the reason trimmed, and no reason at all when the note is blank', () => {
    expect(decisionRequest('  よろしくお願いします。 ')).toEqual({
      reason: 'よろしくお願いします。',
    });
    expect(decisionRequest('   ')).toEqual({});
  });
});
