import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  apiPath,
  ApiRoutes,
  type AreaSummary,
  type OrganisationSummary,
  type Page,
  type PublicSkillListing,
  type SkillListingEnquiryRequest,
  type SkillListingEnquiryResult,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

const enquiriesPath = (listingId: string) => `${apiPath(ApiRoutes.skillListing)}/${encodeURIComponent(listingId)}/enquiries`;

/**
 * HTTP calls for the public 特技バンク: the listing (anyone; nickname, area and skills only) and
 * 「センターに相談する」 (signed in), which the API turns into a request draft for a coordinator.
 */
@Injectable({ providedIn: 'root' })
export class SkillListingApiService {
  private readonly http = inject(HttpClient);

  listing(params: Record<string, string>): Observable<Page<PublicSkillListing>> {
    return this.http.get<Page<PublicSkillListing>>(apiPath(ApiRoutes.skillListing), { params });
  }

  areas(): Observable<AreaSummary[]> {
    return this.http.get<AreaSummary[]>(apiPath(ApiRoutes.areas));
  }

  /** The viewer's groups; only approved ones may ask as a group. */
  myOrganisations(): Observable<OrganisationSummary[]> {
    return this.http.get<OrganisationSummary[]>(apiPath(ApiRoutes.myOrganisations));
  }

  /** 201: the center has the enquiry as a request draft. 404 when the listing is no longer public. */
  enquire(listingId: string, request: SkillListingEnquiryRequest): Observable<SkillListingEnquiryResult> {
    return this.http.post<SkillListingEnquiryResult>(enquiriesPath(listingId), request);
  }
}
