import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AccessReasonQuery,
  apiPath,
  ApiRoutes,
  type CenterSummary,
  type ClaimInvitationRequest,
  type DuplicateCheckRequest,
  type DuplicateCheckResult,
  type Page,
  type PersonalDataExport,
  type PersonDetail,
  type PersonSummary,
  type ProxyRegistrationRequest,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

const personPath = (id: string) => `${apiPath(ApiRoutes.people)}/${encodeURIComponent(id)}`;
/** The reason (and, with 「その他」, the staff member's words) as query parameters. */
const accessParams = (access: AccessReasonQuery): Record<string, string> =>
  access.reasonNote === undefined ? { reason: access.reason } : { reason: access.reason, reasonNote: access.reasonNote };

/**
 * HTTP calls for the staff's work with residents' records. The API allows them to コーディネーター
 * (for their centers) and 管理者, and writes every look at a record to the 監査ログ.
 */
@Injectable({ providedIn: 'root' })
export class PeopleApiService {
  private readonly http = inject(HttpClient);

  /** The ward center and its districts (public). */
  centers(): Observable<CenterSummary[]> {
    return this.http.get<CenterSummary[]>(apiPath(ApiRoutes.centers));
  }

  /** Possible duplicates in the coordinator's centers, and how many elsewhere (a count only). */
  duplicateCheck(request: DuplicateCheckRequest): Observable<DuplicateCheckResult> {
    return this.http.post<DuplicateCheckResult>(apiPath(ApiRoutes.peopleDuplicateCheck), request);
  }

  /** 代理登録: 201; 409 while a possible duplicate is not acknowledged. */
  register(request: ProxyRegistrationRequest): Observable<PersonSummary> {
    return this.http.post<PersonSummary>(apiPath(ApiRoutes.people), request);
  }

  /** Without contact details; the search itself is recorded. */
  list(q: string, page: number, pageSize: number): Observable<Page<PersonSummary>> {
    const params: Record<string, string> = { page: String(page), pageSize: String(pageSize) };
    if (q) params['q'] = q;
    return this.http.get<Page<PersonSummary>>(apiPath(ApiRoutes.people), { params });
  }

  /** Contact details and consents; the reason goes to the audit log. 403 for another center's person. */
  detail(id: string, access: AccessReasonQuery): Observable<PersonDetail> {
    return this.http.get<PersonDetail>(personPath(id), { params: accessParams(access) });
  }

  /** Everything held about the person, for their own request (本人からの開示請求). */
  export(id: string, access: AccessReasonQuery): Observable<PersonalDataExport> {
    return this.http.get<PersonalDataExport>(`${personPath(id)}/export`, { params: accessParams(access) });
  }

  /** 201: an account for the person and a mail to set a password; 400 with fields.email otherwise. */
  inviteToClaim(id: string, request: ClaimInvitationRequest): Observable<PersonSummary> {
    return this.http.post<PersonSummary>(`${personPath(id)}/claim-invitation`, request);
  }

  /** 204: the person's data is erased; anonymous counts stay. */
  erase(id: string, access: AccessReasonQuery): Observable<unknown> {
    return this.http.delete(personPath(id), { params: accessParams(access) });
  }
}
