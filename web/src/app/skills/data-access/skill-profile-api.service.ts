import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  type AccessReasonQuery,
  apiPath,
  ApiRoutes,
  type AreaSummary,
  type SaveSkillProfileRequest,
  type SkillProfile,
  type SkillProfileResponse,
} from '@tsunagu/contracts';
import { map, type Observable } from 'rxjs';

const personProfilePath = (personId: string) => `${apiPath(ApiRoutes.people)}/${encodeURIComponent(personId)}/skill-profile`;

/** A save answers with the profile as saved, bare or wrapped like GET; both are read the same. */
function profileOf(body: SkillProfile | SkillProfileResponse): SkillProfile | null {
  return 'profile' in body ? body.profile : body;
}

/**
 * HTTP calls for 特技バンクの登録: the resident's own profile (/api/me/skill-profile), and a
 * person's profile filled in by a coordinator (/api/people/:id/skill-profile; reading it needs a
 * reason, which the API keeps in the 監査ログ).
 */
@Injectable({ providedIn: 'root' })
export class SkillProfileApiService {
  private readonly http = inject(HttpClient);

  /** 地区 grouped under their district centers (public). */
  areas(): Observable<AreaSummary[]> {
    return this.http.get<AreaSummary[]>(apiPath(ApiRoutes.areas));
  }

  mine(): Observable<SkillProfile | null> {
    return this.http.get<SkillProfileResponse>(apiPath(ApiRoutes.mySkillProfile)).pipe(map((body) => body.profile));
  }

  saveMine(request: SaveSkillProfileRequest): Observable<SkillProfile | null> {
    return this.http.put<SkillProfile | SkillProfileResponse>(apiPath(ApiRoutes.mySkillProfile), request).pipe(map(profileOf));
  }

  /** 「登録をやめる」: the profile is kept as withdrawn, for the figures. */
  withdrawMine(): Observable<unknown> {
    return this.http.delete(apiPath(ApiRoutes.mySkillProfile));
  }

  /** The reason (and with 「その他」 the staff member's own words) goes to the 監査ログ. */
  ofPerson(personId: string, access: AccessReasonQuery): Observable<SkillProfile | null> {
    const params: Record<string, string> = { reason: access.reason };
    if (access.reasonNote) params['reasonNote'] = access.reasonNote;
    return this.http.get<SkillProfileResponse>(personProfilePath(personId), { params }).pipe(map((body) => body.profile));
  }

  saveForPerson(personId: string, request: SaveSkillProfileRequest): Observable<SkillProfile | null> {
    return this.http.put<SkillProfile | SkillProfileResponse>(personProfilePath(personId), request).pipe(map(profileOf));
  }
}
