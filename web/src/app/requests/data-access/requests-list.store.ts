import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { RequestPage } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import type { RequestsQuery } from '../util/request-query';
import { type LoadStatus, REQUEST_REFUSALS } from './request-form.store';
import { RequestsApiService } from './requests-api.service';

interface ListState {
  status: LoadStatus;
  query: RequestsQuery | null;
  result: RequestPage | null;
  problem: ApiProblem | null;
}

const IDLE: ListState = { status: 'idle', query: null, result: null, problem: null };

/**
 * Signal store for the request lists (a member's 「依頼の一覧」 and the coordinators' list): one
 * page at a time, an answer to an older query that arrives late ignored. Dropped when the
 * person logs out or someone else logs in.
 */
@Injectable({ providedIn: 'root' })
export class RequestsListStore {
  private readonly api = inject(RequestsApiService);
  private readonly state = signal<ListState>(IDLE);
  private requestId = 0;

  readonly status = computed(() => this.state().status);
  readonly result = computed(() => this.state().result);
  readonly problem = computed(() => this.state().problem);

  constructor() {
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => {
        this.requestId++;
        this.state.set(IDLE);
      });
    });
  }

  async load(query: RequestsQuery): Promise<void> {
    const id = ++this.requestId;
    this.state.update((state) => ({ ...state, status: 'loading', query, problem: null }));
    try {
      const result = await firstValueFrom(this.api.list(query));
      if (id === this.requestId) this.state.set({ status: 'ready', query, result, problem: null });
    } catch (error) {
      if (id === this.requestId) this.state.set({ status: 'failed', query, result: null, problem: problemOf(error, REQUEST_REFUSALS) });
    }
  }
}
