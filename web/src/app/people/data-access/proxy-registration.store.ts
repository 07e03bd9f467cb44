import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { CenterSummary, DuplicateCheckResult, PersonSummary, Viewer } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem, RequestFailure } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { defaultCenterId } from '../../core/session/staff-roles';
import {
  duplicateCheckKey,
  emptyProxyDraft,
  type ProxyDraft,
  proxyFieldOfApiField,
  type ProxyServerErrors,
  toDuplicateCheckRequest,
  toProxyRequest,
} from '../util/proxy-draft';
import { PeopleApiService } from './people-api.service';

export type CentersStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** The duplicate check for the draft as it is now (`key`); 'idle' until it has been asked. */
export interface DuplicateState {
  key: string | null;
  status: 'idle' | 'checking' | 'done' | 'failed';
  result: DuplicateCheckResult | null;
  failure: RequestFailure | null;
}

export type RegisterOutcome =
  | { kind: 'registered'; person: PersonSummary }
  /** 409: a possible duplicate appeared that was not acknowledged; the check runs again. */
  | { kind: 'duplicate'; message: string | null }
  | ApiProblem;

const NO_CHECK: DuplicateState = { key: null, status: 'idle', result: null, failure: null };

/**
 * Signal store for 代理登録: the draft across the steps, the centers to choose from, the duplicate
 * check and which candidates the coordinator judged to be other people. The draft is in memory
 * only and belongs to the coordinator who started it: it is dropped when they log out, and if
 * someone else logs in at the same counter PC, they start with an empty form.
 */
@Injectable({ providedIn: 'root' })
export class ProxyRegistrationStore {
  private readonly api = inject(PeopleApiService);
  private owner: string | null = null;

  constructor() {
    const session = inject(SessionStore);
    effect(() => {
      const viewer = session.viewer();
      untracked(() => this.prepareFor(viewer));
    });
  }

  readonly draft = signal<ProxyDraft>(emptyProxyDraft(null));
  /** The API's messages from the last send, per field, until the field is changed. */
  readonly serverErrors = signal<ProxyServerErrors>({});

  private readonly centerState = signal<{
    status: CentersStatus;
    centers: readonly CenterSummary[];
  }>({ status: 'idle', centers: [] });
  readonly centersStatus = computed(() => this.centerState().status);
  readonly centers = computed(() => this.centerState().centers);

  readonly duplicates = signal<DuplicateState>(NO_CHECK);
  /** Candidates the coordinator ticked 「別の方であることを確認しました」 for. */
  readonly acknowledged = signal<ReadonlySet<string>>(new Set());
  /** Shown candidates still to be looked at: sending waits until this is empty. */
  readonly unacknowledged = computed(() => {
    const acknowledged = this.acknowledged();
    return (this.duplicates().result?.candidates ?? []).filter((candidate) => !acknowledged.has(candidate.personId));
  });

  /** The person registered last, for the done page. */
  readonly registered = signal<PersonSummary | null>(null);

  /** Call on every step: a draft started by another account is dropped. */
  prepareFor(viewer: Viewer | null): void {
    const accountId = viewer?.accountId ?? null;
    if (accountId === this.owner) return;
    this.owner = accountId;
    this.registered.set(null);
    this.reset(viewer);
  }

  /** After a registration, or to start over: an empty form at the coordinator's own center. */
  reset(viewer: Viewer | null): void {
    this.draft.set(emptyProxyDraft(defaultCenterId(viewer)));
    this.serverErrors.set({});
    this.duplicates.set(NO_CHECK);
    this.acknowledged.set(new Set());
  }

  loadCenters(): void {
    const status = this.centerState().status;
    if (status === 'loading' || status === 'ready') return;
    this.centerState.set({ status: 'loading', centers: [] });
    this.api.centers().subscribe({
      next: (centers) => this.centerState.set({ status: 'ready', centers }),
      error: () => this.centerState.set({ status: 'failed', centers: [] }),
    });
  }

  /**
   * Asks the API for possible duplicates of the draft, unless the answer for exactly these details
   * is already here. Ticks for candidates that are no longer listed are dropped.
   */
  async checkDuplicates(force = false): Promise<DuplicateState> {
    const request = toDuplicateCheckRequest(this.draft());
    const key = duplicateCheckKey(request);
    const current = this.duplicates();
    if (!force && current.key === key && (current.status === 'done' || current.status === 'checking')) return current;
    this.duplicates.set({
      key,
      status: 'checking',
      result: current.key === key ? current.result : null,
      failure: null,
    });
    let next: DuplicateState;
    try {
      const result = await firstValueFrom(this.api.duplicateCheck(request));
      next = { key, status: 'done', result, failure: null };
      const listed = new Set(result.candidates.map((candidate) => candidate.personId));
      this.acknowledged.update((ids) => new Set([...ids].filter((id) => listed.has(id))));
    } catch (error) {
      const problem = problemOf(error);
      next = {
        key,
        status: 'failed',
        result: null,
        failure: problem.kind === 'failed' ? problem.reason : 'unavailable',
      };
    }
    // A newer check (the draft changed meanwhile) wins.
    if (this.duplicates().key === key) this.duplicates.set(next);
    return next;
  }

  acknowledge(personId: string, checked: boolean): void {
    this.acknowledged.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }

  /** POST /api/people with the acknowledged candidates. */
  async register(): Promise<RegisterOutcome> {
    const draft = this.draft();
    const acknowledged = [...this.acknowledged()];
    try {
      const person = await firstValueFrom(this.api.register(toProxyRequest(draft, acknowledged)));
      this.registered.set(person);
      return { kind: 'registered', person };
    } catch (error) {
      const problem = problemOf(error, [403, 409]);
      if (problem.kind === 'refused' && problem.status === 409) {
        this.duplicates.set(NO_CHECK);
        return { kind: 'duplicate', message: problem.message };
      }
      if (problem.kind === 'refused') this.serverErrors.set(serverErrorsOf(draft, problem));
      return problem;
    }
  }
}

/** 400: messages per field. 403 (the center is not the coordinator's): the message goes to センター. */
function serverErrorsOf(draft: ProxyDraft, problem: Extract<ApiProblem, { kind: 'refused' }>): ProxyServerErrors {
  const errors: ProxyServerErrors = {};
  if (problem.status === 403) {
    if (problem.message) errors.centerId = { text: problem.message, value: draft.centerId };
    return errors;
  }
  for (const [apiField, text] of Object.entries(problem.fields)) {
    const field = proxyFieldOfApiField(apiField);
    if (field && !errors[field]) errors[field] = { text, value: draft[field] };
  }
  return errors;
}
