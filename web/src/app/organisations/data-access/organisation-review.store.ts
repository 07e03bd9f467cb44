import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { OrganisationApplication, OrganisationSummary, Page } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { type Decision, decisionRequest, REVIEW_PAGE_SIZE, type ReviewQuery } from '../util/review-query';
import { OrganisationsApiService } from './organisations-api.service';

/**
 * Statuses whose API message the page shows as it is: logged out meanwhile (401), another center's
 * group (403), gone (404), already decided by someone else (409).
 */
export const REVIEW_REFUSALS = [401, 403, 404, 409] as const;

export type ReviewListStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type DecideOutcome = { kind: 'decided'; organisation: OrganisationSummary } | ApiProblem;

interface ReviewState {
  status: ReviewListStatus;
  query: ReviewQuery | null;
  result: Page<OrganisationApplication> | null;
  problem: ApiProblem | null;
}

const EMPTY: ReviewState = { status: 'idle', query: null, result: null, problem: null };

/**
 * Signal store for 登録申請の審査: one page of applications for the coordinator's centers, and the
 * decisions. The applicants' contact details are not kept once the staff member logs out.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationReviewStore {
  private readonly api = inject(OrganisationsApiService);
  private readonly state = signal<ReviewState>(EMPTY);
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
        this.state.set(EMPTY);
      });
    });
  }

  /** One page of one status; an answer to an older request that arrives late is ignored. */
  async load(query: ReviewQuery): Promise<void> {
    const id = ++this.requestId;
    this.state.update((state) => ({ ...state, status: 'loading', query, problem: null }));
    try {
      const result = await firstValueFrom(this.api.list(query.status, query.page, REVIEW_PAGE_SIZE));
      if (id === this.requestId) this.state.set({ status: 'ready', query, result, problem: null });
    } catch (error) {
      if (id === this.requestId)
        this.state.set({
          status: 'failed',
          query,
          result: null,
          problem: problemOf(error, REVIEW_REFUSALS),
        });
    }
  }

  /** 承認する / 承認しない. The list is read again afterwards by the page. */
  async decide(id: string, decision: Decision, reason: string): Promise<DecideOutcome> {
    const request = decisionRequest(reason);
    try {
      const organisation = await firstValueFrom(decision === 'approve' ? this.api.approve(id, request) : this.api.reject(id, request));
      return { kind: 'decided', organisation };
    } catch (error) {
      return problemOf(error, REVIEW_REFUSALS);
    }
  }
}
