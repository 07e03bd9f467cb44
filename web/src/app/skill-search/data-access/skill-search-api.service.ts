import { HttpClient, type HttpResponse } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiPath, ApiRoutes, type AreaSummary, type VolunteerSearchPage, type VolunteerSearchQuery } from '@tsunagu/contracts';
import type { Observable } from 'rxjs';
import { volunteerSearchParams } from '../util/search-query';

/**
 * HTTP calls for 特技バンクの検索: コーディネーター (their centers' volunteers) and 管理者. The API
 * writes each search and export to the 監査ログ.
 */
@Injectable({ providedIn: 'root' })
export class SkillSearchApiService {
  private readonly http = inject(HttpClient);

  /** 地区 grouped under their district centers (public). */
  areas(): Observable<AreaSummary[]> {
    return this.http.get<AreaSummary[]>(apiPath(ApiRoutes.areas));
  }

  /** One page of active volunteers, most relevant first, each with why it matched. */
  search(query: VolunteerSearchQuery): Observable<VolunteerSearchPage> {
    return this.http.get<VolunteerSearchPage>(apiPath(ApiRoutes.skillSearch), { params: volunteerSearchParams(query) });
  }

  /** The same search as a CSV file (every match), with the file name in Content-Disposition. */
  exportCsv(params: Record<string, string>): Observable<HttpResponse<Blob>> {
    return this.http.get(apiPath(ApiRoutes.skillExport), { params, responseType: 'blob', observe: 'response' });
  }
}
