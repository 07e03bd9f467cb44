import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  apiPath,
  ApiRoutes,
  type AreaRequest,
  type AreaSummary,
  type CenterRequest,
  type CenterSummary,
  type CenterUpdateRequest,
  type RoleGrantRequest,
  type StaffGrant,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

const centerPath = (id: string) => `${apiPath(ApiRoutes.centers)}/${encodeURIComponent(id)}`;

/** HTTP calls for the 管理者's pages: centers and areas, and who is staff. */
@Injectable({ providedIn: 'root' })
export class AdminApiService {
  private readonly http = inject(HttpClient);

  /** Every center (public). */
  centers(): Observable<CenterSummary[]> {
    return this.http.get<CenterSummary[]>(apiPath(ApiRoutes.centers));
  }

  /** Every area, with its center's name (public). */
  areas(): Observable<AreaSummary[]> {
    return this.http.get<AreaSummary[]>(apiPath(ApiRoutes.areas));
  }

  /** 201; 400 when the code is taken. */
  createCenter(request: CenterRequest): Observable<CenterSummary> {
    return this.http.post<CenterSummary>(apiPath(ApiRoutes.centers), request);
  }

  renameCenter(id: string, request: CenterUpdateRequest): Observable<CenterSummary> {
    return this.http.patch<CenterSummary>(centerPath(id), request);
  }

  /** 201; 400 when the code is taken. */
  createArea(centerId: string, request: AreaRequest): Observable<AreaSummary> {
    return this.http.post<AreaSummary>(`${centerPath(centerId)}/${ApiRoutes.areas}`, request);
  }

  renameArea(id: string, request: CenterUpdateRequest): Observable<AreaSummary> {
    return this.http.patch<AreaSummary>(`${apiPath(ApiRoutes.areas)}/${encodeURIComponent(id)}`, request);
  }

  /** コーディネーター and 管理者 grants, newest first. */
  staffGrants(): Observable<StaffGrant[]> {
    return this.http.get<StaffGrant[]>(apiPath(ApiRoutes.staffGrants));
  }

  /** 201 with the whole list; 400 when no account has the email. Granting twice changes nothing. */
  grant(request: RoleGrantRequest): Observable<StaffGrant[]> {
    return this.http.post<StaffGrant[]>(apiPath(ApiRoutes.staffGrants), request);
  }

  /** 204 */
  revoke(id: string): Observable<unknown> {
    return this.http.delete(`${apiPath(ApiRoutes.staffGrants)}/${encodeURIComponent(id)}`);
  }
}
