import { AccessReason, AuditAction, type AuditLogEntry } from '@tsunagu/contracts';
import { isAccessReason } from '../../people/util/people-query';
import type { UiMessage } from '../../shared/ui/ui-message';
import { isIsoDate } from '../../shared/util/calendar-date';
import { pageParam } from '../../shared/util/pagination';

/** 監査ログ shows this many entries a page. */
export const AUDIT_PAGE_SIZE = 50;

/** The actions in the order the filter offers them. */
export const AUDIT_ACTIONS: readonly AuditAction[] = [
  AuditAction.List,
  AuditAction.Read,
  AuditAction.Export,
  AuditAction.Create,
  AuditAction.Update,
  AuditAction.Delete,
];

/** The filter form: '' means "any". Dates are YYYY-MM-DD (Japan), ids are as the API gives them. */
export interface AuditFilter {
  action: AuditAction | '';
  from: string;
  to: string;
  actorAccountId: string;
  subjectPersonId: string;
}
export type AuditFilterField = keyof AuditFilter;

export interface AuditQuery extends AuditFilter {
  page: number;
}

export type AuditFilterErrorKind = 'uuid' | 'date' | 'order';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function emptyAuditFilter(): AuditFilter {
  return { action: '', from: '', to: '', actorAccountId: '', subjectPersonId: '' };
}

interface ParamReader {
  get(name: string): string | null;
}

/** The filter and page from the address; anything the API would refuse is dropped, not sent. */
export function auditQueryOf(params: ParamReader): AuditQuery {
  const action = params.get('action') ?? '';
  const id = (name: string) => {
    const value = (params.get(name) ?? '').trim();
    return UUID.test(value) ? value.toLowerCase() : '';
  };
  const date = (name: string) => {
    const value = params.get(name) ?? '';
    return isIsoDate(value) ? value : '';
  };
  return {
    action: AUDIT_ACTIONS.includes(action as AuditAction) ? (action as AuditAction) : '',
    from: date('from'),
    to: date('to'),
    actorAccountId: id('actor'),
    subjectPersonId: id('person'),
    page: pageParam(params.get('page')),
  };
}

/** The query parameters of the page's own address (short names; empty ones left out). */
export function auditRouteParams(filter: AuditFilter): Record<string, string | null> {
  return {
    action: filter.action || null,
    from: filter.from || null,
    to: filter.to || null,
    actor: filter.actorAccountId.trim() || null,
    person: filter.subjectPersonId.trim() || null,
    page: null,
  };
}

/** The query of GET /api/audit-log. */
export function auditApiParams(query: AuditQuery): Record<string, string> {
  const params: Record<string, string> = {
    page: String(query.page),
    pageSize: String(AUDIT_PAGE_SIZE),
  };
  if (query.action) params['action'] = query.action;
  if (query.from) params['from'] = query.from;
  if (query.to) params['to'] = query.to;
  if (query.actorAccountId) params['actorAccountId'] = query.actorAccountId;
  if (query.subjectPersonId) params['subjectPersonId'] = query.subjectPersonId;
  return params;
}

/** What is wrong with one filter field, or null. Every field may be left empty. */
export function auditFilterProblem(filter: AuditFilter, field: AuditFilterField): AuditFilterErrorKind | null {
  switch (field) {
    case 'action':
      return null;
    case 'from':
    case 'to':
      if (filter[field] === '') return null;
      if (!isIsoDate(filter[field])) return 'date';
      return field === 'to' && isIsoDate(filter.from) && filter.to < filter.from ? 'order' : null;
    case 'actorAccountId':
    case 'subjectPersonId': {
      const value = filter[field].trim();
      return value === '' || UUID.test(value) ? null : 'uuid';
    }
  }
}

/** The 理由 column: one of the four reasons in words, the API's text otherwise, null for none. */
export function auditReason(entry: Pick<AuditLogEntry, 'reason'>): UiMessage | null {
  if (!entry.reason) return null;
  return isAccessReason(entry.reason) ? { key: `people.reasons.${entry.reason}` } : { text: entry.reason };
}

/**
 * The 詳細 column in words: what was searched for, a proxy registration, an invitation to log in,
 * the person's own request; with the reason 「その他」, the staff member's own words as they wrote them.
 */
export function auditDetail(entry: Pick<AuditLogEntry, 'action' | 'detail'> & Partial<Pick<AuditLogEntry, 'reason'>>): UiMessage | null {
  if (!entry.detail) return null;
  if (entry.reason === AccessReason.Other) return { text: entry.detail };
  if (entry.detail === 'proxy-registration') return { key: 'audit.details.proxyRegistration' };
  if (entry.detail === 'claim-invitation') return { key: 'audit.details.claimInvitation' };
  if (entry.detail === 'self') return { key: 'audit.details.self' };
  if (entry.action === AuditAction.List) return { key: 'audit.details.search', params: { q: entry.detail } };
  return { text: entry.detail };
}
