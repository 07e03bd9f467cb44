import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { ResolveFn } from '@angular/router';
import type { RequestDetail, RequestStatusChange } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { type LoadStatus, REQUEST_REFUSALS } from './request-form.store';
import { RequestsApiService } from './requests-api.service';

export type MoveOutcome = { kind: 'moved'; request: RequestDetail } | ApiProblem;

/** A one-off message for the detail page after a flow ends there (「依頼を受け付けました」). */
export type RequestNotice = 'intakeDone' | 'changesSaved' | 'draftSent' | 'draftSaved';

interface DetailState {
  status: LoadStatus;
  id: string | null;
  request: RequestDetail | null;
  problem: ApiProblem | null;
}

const IDLE: DetailState = { status: 'idle', id: null, request: null, problem: null };

/**
 * Signal store for the request open on a detail page (/requests/:id, /staff/requests/:id).
 *
 * Shared with the match console (web/src/app/matching): its section on the coordinator's detail
 * page (`<tsu-request-matching [request]="request">`, placed where the page marks it) and its own
 * pages read the same request here, and call `replace(request)` with the RequestDetail an offer,
 * approval or activity record answers with, or `reload()`, so the status, history and matches on
 * the page follow at once. `requestDetailResolver` loads it for any route with an `:id`.
 */
@Injectable({ providedIn: 'root' })
export class RequestDetailStore {
  private readonly api = inject(RequestsApiService);
  private readonly state = signal<DetailState>(IDLE);
  private loadId = 0;
  private readonly notice = signal<RequestNotice | null>(null);

  readonly status = computed(() => this.state().status);
  readonly request = computed(() => this.state().request);
  readonly problem = computed(() => this.state().problem);

  constructor() {
    // What was shown to one person is not kept for the next one at the same counter PC.
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => {
        this.loadId++;
        this.state.set(IDLE);
        this.notice.set(null);
      });
    });
  }

  /** GET /api/requests/:id; the request shown meanwhile stays only if it is the same one. */
  async load(id: string): Promise<RequestDetail | null> {
    const loadId = ++this.loadId;
    this.state.update((state) => ({ status: 'loading', id, request: state.id === id ? state.request : null, problem: null }));
    try {
      const request = await firstValueFrom(this.api.detail(id));
      if (loadId === this.loadId) this.state.set({ status: 'ready', id, request, problem: null });
      return request;
    } catch (error) {
      if (loadId === this.loadId) this.state.set({ status: 'failed', id, request: null, problem: problemOf(error, REQUEST_REFUSALS) });
      return null;
    }
  }

  async reload(): Promise<RequestDetail | null> {
    const id = this.state().id;
    return id ? this.load(id) : null;
  }

  /** The request as an action elsewhere answered with it (a status move, an offer, an approval). */
  replace(request: RequestDetail): void {
    if (this.state().id !== request.id) return;
    this.state.set({ status: 'ready', id: request.id, request, problem: null });
  }

  /** One move of REQUEST_TRANSITIONS (with the reason where needed); the page shows the answer. */
  async move(change: RequestStatusChange): Promise<MoveOutcome> {
    const id = this.state().id;
    if (!id) return { kind: 'failed', reason: 'unavailable' };
    try {
      const request = await firstValueFrom(this.api.changeStatus(id, change));
      this.replace(request);
      return { kind: 'moved', request };
    } catch (error) {
      return problemOf(error, REQUEST_REFUSALS);
    }
  }

  /** Leave a message for the detail page the flow goes to next. */
  notify(notice: RequestNotice): void {
    this.notice.set(notice);
  }

  /** The message left for the page, once. */
  takeNotice(): RequestNotice | null {
    const notice = this.notice();
    this.notice.set(null);
    return notice;
  }
}

/**
 * Loads the request of the route's `:id` into RequestDetailStore before the page opens, and gives
 * it as route data (null when it cannot be shown: the page then reads why from the store).
 */
export const requestDetailResolver: ResolveFn<RequestDetail | null> = (route) => {
  const id = route.paramMap.get('id') ?? '';
  return inject(RequestDetailStore).load(id);
};
