import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  apiPath,
  ApiRoutes,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
  type PersonalDataExport,
  type SignUpRequest,
  type VerifyEmailRequest,
  type Viewer,
} from '@tsunagu/contracts';
import type { Observable } from 'rxjs';

/** HTTP calls for 新規登録, email verification and password resets. Log in / out: SessionApiService. */
@Injectable({ providedIn: 'root' })
export class AccountsApiService {
  private readonly http = inject(HttpClient);

  /** 201 with the address the mail went to, whether or not it already had an account. */
  signUp(request: SignUpRequest): Observable<{ email: string }> {
    return this.http.post<{ email: string }>(apiPath(ApiRoutes.accounts), request);
  }

  /** 200 Viewer: the address is confirmed and the person is logged in (session cookie). */
  verifyEmail(request: VerifyEmailRequest): Observable<Viewer> {
    return this.http.post<Viewer>(apiPath(ApiRoutes.verifyEmail), request);
  }

  /** 202 always; a mail goes out if the account exists. */
  requestPasswordReset(request: PasswordResetRequest): Observable<unknown> {
    return this.http.post(apiPath(ApiRoutes.passwordResets), request);
  }

  /** 「自分のデータをダウンロード」: everything Tsunagu holds about the logged-in person. */
  myData(): Observable<PersonalDataExport> {
    return this.http.get<PersonalDataExport>(apiPath(ApiRoutes.myData));
  }

  /** 204: the person's data is erased, the account and its sessions end; anonymous counts stay. */
  deleteRegistration(): Observable<unknown> {
    return this.http.delete(apiPath(ApiRoutes.me));
  }

  /** 204; every session of the person ends. */
  confirmPasswordReset(request: PasswordResetConfirmRequest): Observable<unknown> {
    return this.http.post(apiPath(ApiRoutes.passwordResetConfirm), request);
  }
}
