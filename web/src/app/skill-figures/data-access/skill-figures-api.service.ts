import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiPath, ApiRoutes, type RegisteredFigures, type RegisteredFiguresQuery } from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

/** 登録者数 (GET /api/skills/figures): コーディネーター (their centers) and 管理者. */
@Injectable({ providedIn: 'root' })
export class SkillFiguresApiService {
  private readonly http = inject(HttpClient);

  figures(query: RegisteredFiguresQuery): Observable<RegisteredFigures> {
    return this.http.get<RegisteredFigures>(apiPath(ApiRoutes.skillFigures), {
      params: { from: query.from, to: query.to, groupBy: query.groupBy },
    });
  }
}
