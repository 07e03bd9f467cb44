import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { apiPath, ApiRoutes, type LoginRequest, type Viewer } from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

/** HTTP calls about the session: who is logged in, log in, log out. */
@Injectable({ providedIn: 'root' })
export class SessionApiService {
  private readonly http = inject(HttpClient);

  /** 200 Viewer, or 401 when nobody is logged in. */
  me(): Observable<Viewer> {
    return this.http.get<Viewer>(apiPath(ApiRoutes.me));
  }

  login(request: LoginRequest): Observable<Viewer> {
    return this.http.post<Viewer>(apiPath(ApiRoutes.sessions), request);
  }

  /** Ends this browser's session. */
  logout(): Observable<void> {
    return this.http.delete<void>(apiPath(ApiRoutes.currentSession));
  }

  /** Ends every session of the person, on every device. */
  logoutEverywhere(): Observable<void> {
    return this.http.delete<void>(apiPath(ApiRoutes.sessions));
  }
}
