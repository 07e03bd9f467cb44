import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  apiPath,
  ApiRoutes,
  type AreaSummary,
  type CenterSummary,
  type CreateOrganisationRequest,
  type DuplicateCheckRequest,
  type DuplicateCheckResult,
  type OrganisationSummary,
  type Page,
  type PersonSummary,
  type RequestDetail,
  type RequestFields,
  type RequestPage,
  type RequestStatusChange,
  type StaffIntakeRequest,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';
import { type RequestsQuery, toListParams } from '../util/request-query';

const requestPath = (id: string) => `${apiPath(ApiRoutes.requests)}/${encodeURIComponent(id)}`;

/**
 * HTTP calls for 依頼. A member of an approved group posts for it (POST /api/requests/organisation);
 * a coordinator takes one by phone or at the counter (POST /api/requests/intake). GET /api/requests
 * gives the viewer's requests: a coordinator's centers' (ward staff: every district), or a member's
 * own and their groups'. The detail shows the address and sensitive notes only to those allowed.
 */
@Injectable({ providedIn: 'root' })
export class RequestsApiService {
  private readonly http = inject(HttpClient);

  /** The groups the viewer belongs to, with where each application stands. */
  myOrganisations(): Observable<OrganisationSummary[]> {
    return this.http.get<OrganisationSummary[]>(apiPath(ApiRoutes.myOrganisations));
  }

  /** 地区 under their district centers (public). */
  areas(): Observable<AreaSummary[]> {
    return this.http.get<AreaSummary[]>(apiPath(ApiRoutes.areas));
  }

  /** The ward center and its districts (public). */
  centers(): Observable<CenterSummary[]> {
    return this.http.get<CenterSummary[]>(apiPath(ApiRoutes.centers));
  }

  /** Staff: people of their centers by name or ふりがな (recorded in the audit log as a search). */
  people(q: string, pageSize = 10): Observable<Page<PersonSummary>> {
    return this.http.get<Page<PersonSummary>>(apiPath(ApiRoutes.people), { params: { q, page: '1', pageSize: String(pageSize) } });
  }

  /** Staff: possible duplicates of a new person, as 代理登録 checks. */
  duplicateCheck(request: DuplicateCheckRequest): Observable<DuplicateCheckResult> {
    return this.http.post<DuplicateCheckResult>(apiPath(ApiRoutes.peopleDuplicateCheck), request);
  }

  /** 201: a draft (submit false) or 受付待ち (submit true) at the group's center. */
  createForOrganisation(request: CreateOrganisationRequest): Observable<RequestDetail> {
    return this.http.post<RequestDetail>(apiPath(ApiRoutes.organisationRequests), request);
  }

  /** 201: taken by a coordinator, 受付済み at once; a new person is registered by proxy in the same step. */
  intake(request: StaffIntakeRequest): Observable<RequestDetail> {
    return this.http.post<RequestDetail>(apiPath(ApiRoutes.requestIntake), request);
  }

  list(query: RequestsQuery): Observable<RequestPage> {
    return this.http.get<RequestPage>(apiPath(ApiRoutes.requests), { params: toListParams(query) });
  }

  /** 403 / 404 for a request the viewer may not see. */
  detail(id: string): Observable<RequestDetail> {
    return this.http.get<RequestDetail>(requestPath(id));
  }

  /** Changes the fields (a draft by its writer; a coordinator's center's request). */
  update(id: string, fields: Partial<RequestFields>): Observable<RequestDetail> {
    return this.http.patch<RequestDetail>(requestPath(id), fields);
  }

  /** One move of REQUEST_TRANSITIONS, with the reason where one is needed; 409 when it no longer applies. */
  changeStatus(id: string, change: RequestStatusChange): Observable<RequestDetail> {
    return this.http.post<RequestDetail>(`${requestPath(id)}/status`, change);
  }
}
