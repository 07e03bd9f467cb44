import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { ActivityRecordSummary, MatchCandidate, MatchContacts, MatchSummary, RequestDetail } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { MatchingApiService } from './matching-api.service';

/** Refusals the console shows word for word: logged out, another center, gone, already done. */
export const CONSOLE_REFUSALS = [401, 403, 404, 409] as const;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type ActionOutcome<T = unknown> = { kind: 'done'; value: T } | ApiProblem;

interface ConsoleState {
  requestId: string | null;
  status: LoadStatus;
  request: RequestDetail | null;
  problem: ApiProblem | null;
  candidatesStatus: LoadStatus;
  candidates: MatchCandidate[];
  candidatesProblem: ApiProblem | null;
}

const EMPTY: ConsoleState = {
  requestId: null,
  status: 'idle',
  request: null,
  problem: null,
  candidatesStatus: 'idle',
  candidates: [],
  candidatesProblem: null,
};

/**
 * Signal store of the coordinator's matching console for one request: the request (with its
 * offers and matches) and the ranked candidates. After every action both are read again, so the
 * page shows what the API holds. Contact details are never kept here: the page asks for them
 * each time (and the API records each look in the 監査ログ). Forgotten at logout.
 */
@Injectable({ providedIn: 'root' })
export class MatchingConsoleStore {
  private readonly api = inject(MatchingApiService);
  private readonly state = signal<ConsoleState>(EMPTY);
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
        this.state.set(EMPTY);
      });
    });
  }

  readonly status = computed(() => this.state().status);
  readonly request = computed(() => this.state().request);
  readonly problem = computed(() => this.state().problem);
  readonly candidatesStatus = computed(() => this.state().candidatesStatus);
  readonly candidates = computed(() => this.state().candidates);
  readonly candidatesProblem = computed(() => this.state().candidatesProblem);

  /** Reads the request and its candidates; `quiet` keeps what is shown while reading again. */
  async load(requestId: string, quiet = false): Promise<void> {
    const id = ++this.loadId;
    const same = this.state().requestId === requestId;
    this.state.update((state) =>
      quiet && same ? state : { ...EMPTY, requestId, status: 'loading', candidatesStatus: 'loading', request: same ? state.request : null },
    );
    const [request, candidates] = await Promise.allSettled([
      firstValueFrom(this.api.request(requestId)),
      firstValueFrom(this.api.candidates(requestId)),
    ]);
    if (id !== this.loadId) return;
    this.state.set({
      requestId,
      status: request.status === 'fulfilled' ? 'ready' : 'failed',
      request: request.status === 'fulfilled' ? request.value : null,
      problem: request.status === 'rejected' ? problemOf(request.reason, CONSOLE_REFUSALS) : null,
      candidatesStatus: candidates.status === 'fulfilled' ? 'ready' : 'failed',
      candidates: candidates.status === 'fulfilled' ? candidates.value : [],
      candidatesProblem: candidates.status === 'rejected' ? problemOf(candidates.reason, CONSOLE_REFUSALS) : null,
    });
  }

  async offer(requestId: string, personIds: string[], message: string): Promise<ActionOutcome<number>> {
    return this.act(requestId, async () => {
      const offers = await firstValueFrom(this.api.createOffers(requestId, message ? { personIds, message } : { personIds }));
      return Array.isArray(offers) ? offers.length : personIds.length;
    });
  }

  async recordPhoneAgreement(requestId: string, personId: string, note: string): Promise<ActionOutcome> {
    return this.act(requestId, () => firstValueFrom(this.api.recordPhoneAgreement(requestId, note ? { personId, note } : { personId })));
  }

  async approve(requestId: string, matchId: string): Promise<ActionOutcome<MatchSummary>> {
    return this.act(requestId, () => firstValueFrom(this.api.approveMatch(matchId)));
  }

  /** Not kept: the caller shows them while the section is open. */
  async contacts(matchId: string): Promise<ActionOutcome<MatchContacts>> {
    try {
      return { kind: 'done', value: await firstValueFrom(this.api.contacts(matchId)) };
    } catch (error) {
      return problemOf(error, CONSOLE_REFUSALS);
    }
  }

  /** After the activity form saved a record: read the request again. */
  async activityRecorded(requestId: string, _record: ActivityRecordSummary): Promise<void> {
    await this.load(requestId, true);
  }

  private async act<T>(requestId: string, call: () => Promise<T>): Promise<ActionOutcome<T>> {
    try {
      const value = await call();
      await this.load(requestId, true);
      return { kind: 'done', value };
    } catch (error) {
      const problem = problemOf(error, CONSOLE_REFUSALS);
      // 409 (already offered, already approved …): what is shown is out of date.
      if (problem.kind === 'refused' && problem.status === 409) void this.load(requestId, true);
      return problem;
    }
  }
}
