import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { RequestForVolunteer } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { MatchingApiService } from './matching-api.service';
import type { ActionOutcome, LoadStatus } from './matching-console.store';

/** Refusals shown word for word: logged out, no 特技バンク registration, gone, already offered. */
export const VOLUNTEER_REFUSALS = [401, 403, 404, 409] as const;

/**
 * Signal store of 「あなたへのおすすめの依頼」: open requests ranked for the signed-in volunteer by
 * the same engine as the coordinator's candidates, and 「手伝いを申し出る」. Forgotten at logout.
 */
@Injectable({ providedIn: 'root' })
export class VolunteerMatchingStore {
  private readonly api = inject(MatchingApiService);
  private readonly state = signal<{ status: LoadStatus; items: RequestForVolunteer[]; problem: ApiProblem | null }>({
    status: 'idle',
    items: [],
    problem: null,
  });
  private loadId = 0;

  constructor() {
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => {
        this.loadId++;
        this.state.set({ status: 'idle', items: [], problem: null });
      });
    });
  }

  readonly status = computed(() => this.state().status);
  readonly items = computed(() => this.state().items);
  readonly problem = computed(() => this.state().problem);

  async load(): Promise<void> {
    const id = ++this.loadId;
    this.state.update((state) => ({ ...state, status: 'loading', problem: null }));
    try {
      const items = await firstValueFrom(this.api.requestsForYou());
      if (id === this.loadId) this.state.set({ status: 'ready', items, problem: null });
    } catch (error) {
      if (id === this.loadId) this.state.set({ status: 'failed', items: [], problem: problemOf(error, VOLUNTEER_REFUSALS) });
    }
  }

  /** 「手伝いを申し出る」: the request is marked as offered here at once, then read again. */
  async volunteer(requestId: string): Promise<ActionOutcome> {
    try {
      const value = await firstValueFrom(this.api.volunteerToHelp(requestId));
      this.state.update((state) => ({
        ...state,
        items: state.items.map((item) => (item.requestId === requestId ? { ...item, offered: true } : item)),
      }));
      return { kind: 'done', value };
    } catch (error) {
      return problemOf(error, VOLUNTEER_REFUSALS);
    }
  }
}
