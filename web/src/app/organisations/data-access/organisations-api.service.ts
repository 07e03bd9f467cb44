import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  apiPath,
  ApiRoutes,
  type CenterSummary,
  type DecisionRequest,
  type OrganisationApplication,
  type OrganisationApplicationRequest,
  type OrganisationStatus,
  type OrganisationSummary,
  type Page,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

const organisationPath = (id: string, action: 'approve' | 'reject') =>
  `${apiPath(ApiRoutes.organisations)}/${encodeURIComponent(id)}/${action}`;

/**
 * HTTP calls for 団体・企業の登録申請: any signed-in person applies and sees their own groups;
 * コーディネーター (for their centers) and 管理者 list and decide the applications.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationsApiService {
  private readonly http = inject(HttpClient);

  /** The ward center and its districts (public). */
  centers(): Observable<CenterSummary[]> {
    return this.http.get<CenterSummary[]>(apiPath(ApiRoutes.centers));
  }

  /** 201: pending until a coordinator of the center decides. */
  apply(request: OrganisationApplicationRequest): Observable<OrganisationSummary> {
    return this.http.post<OrganisationSummary>(apiPath(ApiRoutes.organisations), request);
  }

  /** The viewer's own groups, newest first, with where each application stands. */
  mine(): Observable<OrganisationSummary[]> {
    return this.http.get<OrganisationSummary[]>(apiPath(ApiRoutes.myOrganisations));
  }

  /** Applications for the viewer's centers: pending ones oldest first, the others newest first. */
  list(status: OrganisationStatus, page: number, pageSize: number): Observable<Page<OrganisationApplication>> {
    return this.http.get<Page<OrganisationApplication>>(apiPath(ApiRoutes.organisations), {
      params: { status, page: String(page), pageSize: String(pageSize) },
    });
  }

  /** 403 for another center's group, 409 once decided. */
  approve(id: string, request: DecisionRequest): Observable<OrganisationSummary> {
    return this.http.post<OrganisationSummary>(organisationPath(id, 'approve'), request);
  }

  /** The reason is required (400 without it); 403 and 409 as for approve. */
  reject(id: string, request: DecisionRequest): Observable<OrganisationSummary> {
    return this.http.post<OrganisationSummary>(organisationPath(id, 'reject'), request);
  }
}
