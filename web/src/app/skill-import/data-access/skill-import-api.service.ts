import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiPath, ApiRoutes, type CenterSummary, type SkillImport, type SkillImportStartRequest } from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

const importPath = (id: string) => `${apiPath(ApiRoutes.skillImports)}/${encodeURIComponent(id)}`;

/** The header row the import reads (the same columns as the 特技バンク CSV export). */
export const SKILL_IMPORT_TEMPLATE_URL = `${apiPath(ApiRoutes.skillImports)}/template`;

/** HTTP calls of 名簿の取り込み: コーディネーター (for their centers) and 管理者. */
@Injectable({ providedIn: 'root' })
export class SkillImportApiService {
  private readonly http = inject(HttpClient);

  centers(): Observable<CenterSummary[]> {
    return this.http.get<CenterSummary[]>(apiPath(ApiRoutes.centers));
  }

  /** Checks every row and keeps the valid ones; 201 with the preview and the rows' errors. */
  start(request: SkillImportStartRequest): Observable<SkillImport> {
    return this.http.post<SkillImport>(apiPath(ApiRoutes.skillImports), request);
  }

  get(id: string): Observable<SkillImport> {
    return this.http.get<SkillImport>(importPath(id));
  }

  /** 202: the worker registers the valid rows; get() shows how far it has got. */
  commit(id: string): Observable<SkillImport> {
    return this.http.post<SkillImport>(`${importPath(id)}/commit`, {});
  }
}
