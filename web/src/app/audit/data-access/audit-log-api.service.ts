import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiPath, ApiRoutes, type AuditLogEntry, type Page } from '@tsunagu/contracts';
import type { Observable } from 'rxjs';
import { type AuditQuery, auditApiParams } from '../util/audit-query';

/** GET /api/audit-log: 管理者 only, newest first. */
@Injectable({ providedIn: 'root' })
export class AuditLogApiService {
  private readonly http = inject(HttpClient);

  search(query: AuditQuery): Observable<Page<AuditLogEntry>> {
    return this.http.get<Page<AuditLogEntry>>(apiPath(ApiRoutes.auditLog), {
      params: auditApiParams(query),
    });
  }
}
