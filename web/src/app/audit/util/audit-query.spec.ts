import { AccessReason, AuditAction } from '@tsunagu/contracts';
import {
  auditApiParams,
  auditDetail,
  auditFilterProblem,
  auditQueryOf,
  auditReason,
  auditRouteParams,
  emptyAuditFilter,
} from './audit-query';

const ID = '0b5d7f0e-3c1a-4c2e-9a51-6f7f2a3b4c5d';
const params = (values: Record<string, string>) => ({
  get: (name: string) => values[name] ?? null,
});

describe('audit log query', () => {
  it('reads the filter from the address', () => {
    expect(
      auditQueryOf(
        params({
          action: 'read',
          from: '2026-11-01',
          to: '2026-11-30',
          actor: ID,
          person: ID.toUpperCase(),
          page: '2',
        }),
      ),
    ).toEqual({
      action: AuditAction.Read,
      from: '2026-11-01',
      to: '2026-11-30',
      actorAccountId: ID,
      subjectPersonId: ID,
      page: 2,
    });
  });

  it('drops what the API would refuse instead of failing the whole page', () => {
    expect(auditQueryOf(params({ action: 'peek', from: '2026-02-30', actor: 'tanaka', page: '0' }))).toEqual({
      ...emptyAuditFilter(),
      page: 1,
    });
  });

  it('sends only the filters that are set, and goes back to page 1 when they change', () => {
    const filter = {
      ...emptyAuditFilter(),
      action: AuditAction.Delete,
      from: '2026-11-01',
    } as const;
    expect(auditRouteParams(filter)).toEqual({
      action: 'delete',
      from: '2026-11-01',
      to: null,
      actor: null,
      person: null,
      page: null,
    });
    expect(auditApiParams({ ...filter, page: 3 })).toEqual({
      action: 'delete',
      from: '2026-11-01',
      page: '3',
      pageSize: '50',
    });
  });

  it('checks ids and the order of the dates', () => {
    const filter = emptyAuditFilter();
    expect(auditFilterProblem({ ...filter, actorAccountId: 'tanaka' }, 'actorAccountId')).toBe('uuid');
    expect(auditFilterProblem({ ...filter, actorAccountId: ` ${ID} ` }, 'actorAccountId')).toBeNull();
    expect(auditFilterProblem({ ...filter, from: '2026-11-30', to: '2026-11-01' }, 'to')).toBe('order');
    expect(auditFilterProblem({ ...filter, from: '2026-11-01', to: '2026-11-01' }, 'to')).toBeNull();
    expect(auditFilterProblem({ ...filter, from: '2026-13-01' }, 'from')).toBe('date');
  });
});

describe('audit log entries in words', () => {
  it('words the reason for opening a record', () => {
    expect(auditReason({ reason: AccessReason.Coordination })).toEqual({
      key: 'people.reasons.coordination',
    });
    expect(auditReason({ reason: 'legacy note' })).toEqual({ text: 'legacy note' });
    expect(auditReason({ reason: null })).toBeNull();
  });

  it('words the details the API records', () => {
    expect(auditDetail({ action: AuditAction.Create, detail: 'proxy-registration' })).toEqual({
      key: 'audit.details.proxyRegistration',
    });
    expect(auditDetail({ action: AuditAction.Delete, detail: 'self' })).toEqual({
      key: 'audit.details.self',
    });
    expect(auditDetail({ action: AuditAction.List, detail: 'やまだ' })).toEqual({
      key: 'audit.details.search',
      params: { q: 'やまだ' },
    });
    expect(auditDetail({ action: AuditAction.List, detail: null })).toBeNull();
    expect(auditDetail({ action: AuditAction.Create, detail: 'claim-invitation' })).toEqual({
      key: 'audit.details.claimInvitation',
    });
  });

  it('shows the staff member’s own words for the reason 「その他」 as they wrote them', () => {
    expect(auditDetail({ action: AuditAction.Read, reason: 'other', detail: 'self' })).toEqual({ text: 'self' });
    expect(auditDetail({ action: AuditAction.Read, reason: 'other', detail: '民生委員の方からの問い合わせ' })).toEqual({
      text: '民生委員の方からの問い合わせ',
    });
  });
});
