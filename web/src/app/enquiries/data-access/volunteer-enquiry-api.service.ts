import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiPath, ApiRoutes, type AreaSummary, type CreateVolunteerEnquiryRequest, type VolunteerEnquiryReceipt } from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

/** HTTP calls for the enquiry form. Accept-Language is added by the interceptor. */
@Injectable({ providedIn: 'root' })
export class VolunteerEnquiryApiService {
  private readonly http = inject(HttpClient);

  /** 地区 (areas), in the order the API lists them (grouped by district center). */
  listAreas(): Observable<AreaSummary[]> {
    return this.http.get<AreaSummary[]>(apiPath(ApiRoutes.areas));
  }

  create(request: CreateVolunteerEnquiryRequest): Observable<VolunteerEnquiryReceipt> {
    return this.http.post<VolunteerEnquiryReceipt>(apiPath(ApiRoutes.volunteerEnquiries), request);
  }
}
