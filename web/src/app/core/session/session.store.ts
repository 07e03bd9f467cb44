import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, Viewer } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem, RequestFailure } from '../http/api-problem';
import { problemOf } from '../http/http-problem';
import { SessionApiService } from './session-api.service';
import { isAdmin, isStaff } from './staff-roles';

/**
 * - `checking`: GET /api/me has not answered yet;
 * - `signed-in` / `anonymous`: it has;
 * - `unknown`: it could not be asked (offline, API down): treated as not logged in, asked again
 *   when a page needs to know.
 */
export type SessionStatus = 'checking' | 'signed-in' | 'anonymous' | 'unknown';

/** A one-off message for the next page (shown once, then gone). */
export type SessionNotice = 'loggedOut' | 'loggedOutEverywhere' | 'passwordReset' | 'logoutFailed' | 'registrationDeleted';

export type LoginOutcome = { kind: 'signed-in'; viewer: Viewer } | ApiProblem;
export type LogoutOutcome = { kind: 'logged-out' } | { kind: 'failed'; reason: RequestFailure };

/** Statuses whose message the login page shows as it is: wrong details, not verified, too many tries. */
const LOGIN_REFUSALS = [401, 403, 429] as const;

interface SessionState {
  status: SessionStatus;
  viewer: Viewer | null;
}

/**
 * Signal store for the session: who is logged in (the Viewer), for the header, the guards and the
 * account pages. The session itself is an httpOnly cookie the API sets; nothing about it is kept in
 * storage here. The check at start-up also lets the API set its readable CSRF cookie before the
 * first POST (see csrfReadyInterceptor).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  private readonly api = inject(SessionApiService);
  private readonly state = signal<SessionState>({ status: 'checking', viewer: null });
  private checking: Promise<void> | null = null;

  readonly status = computed(() => this.state().status);
  readonly viewer = computed(() => this.state().viewer);
  readonly signedIn = computed(() => this.state().status === 'signed-in');
  /** コーディネーター or 管理者: the 職員メニュー and the staff pages. */
  readonly isStaff = computed(() => isStaff(this.state().viewer));
  /** 管理者: also the 監査ログ. */
  readonly isAdmin = computed(() => isAdmin(this.state().viewer));
  private readonly pendingNotice = signal<SessionNotice | null>(null);

  /** GET /api/me once; later callers share the same answer. */
  check(): Promise<void> {
    this.checking ??= firstValueFrom(this.api.me()).then(
      (viewer) => this.state.set({ status: 'signed-in', viewer }),
      (error: unknown) => {
        const anonymous = error instanceof HttpErrorResponse && error.status === 401;
        this.state.set({ status: anonymous ? 'anonymous' : 'unknown', viewer: null });
      },
    );
    return this.checking;
  }

  /**
   * Asks GET /api/me again after something changed the viewer's own roles (an admin took back
   * their own staff role): the header's menus and the guards follow at once.
   */
  async refresh(): Promise<void> {
    this.checking = null;
    await this.check();
  }

  /** Resolves once the session is known; asks again if the last check could not reach the API. */
  async whenKnown(): Promise<void> {
    await this.check();
    if (this.state().status === 'unknown') {
      this.checking = null;
      await this.check();
    }
  }

  async login(request: LoginRequest): Promise<LoginOutcome> {
    try {
      const viewer = await firstValueFrom(this.api.login(request));
      this.signedInAs(viewer);
      return { kind: 'signed-in', viewer };
    } catch (error) {
      return problemOf(error, LOGIN_REFUSALS);
    }
  }

  /** The API logged the person in by another way (opening the mailed verification link). */
  signedInAs(viewer: Viewer): void {
    this.checking = Promise.resolve();
    this.state.set({ status: 'signed-in', viewer });
  }

  /** The API ended every session (a new password was set, the registration was deleted): forget the viewer here too. */
  signedOut(): void {
    this.checking = Promise.resolve();
    this.state.set({ status: 'anonymous', viewer: null });
  }

  /** Log out here, or on every device. A 401 means the session had already ended: also fine. */
  async logout(everywhere = false): Promise<LogoutOutcome> {
    try {
      await firstValueFrom(everywhere ? this.api.logoutEverywhere() : this.api.logout());
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) {
        const problem = problemOf(error);
        return { kind: 'failed', reason: problem.kind === 'failed' ? problem.reason : 'unavailable' };
      }
    }
    this.signedOut();
    return { kind: 'logged-out' };
  }

  notify(notice: SessionNotice): void {
    this.pendingNotice.set(notice);
  }

  /** The notice left for this page (one of those it shows), if any; it is shown once. */
  takeNotice(shown: readonly SessionNotice[]): SessionNotice | null {
    const notice = this.pendingNotice();
    if (notice === null || !shown.includes(notice)) return null;
    this.pendingNotice.set(null);
    return notice;
  }
}
