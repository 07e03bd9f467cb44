import { HttpErrorResponse } from '@angular/common/http';
import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { AreaSummary, VolunteerSearchPage } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import { type ApiProblem, apiProblemOf } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { STAFF_REFUSALS } from '../../people/data-access/people.store';
import { exportParams, fileNameFromDisposition, type SkillSearchQuery, toVolunteerSearchQuery } from '../util/search-query';
import { SkillSearchApiService } from './skill-search-api.service';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type ExportOutcome = { kind: 'exported'; blob: Blob; fileName: string | null } | ApiProblem;

interface SearchState {
  status: LoadStatus;
  query: SkillSearchQuery | null;
  result: VolunteerSearchPage | null;
  problem: ApiProblem | null;
}

const IDLE: SearchState = { status: 'idle', query: null, result: null, problem: null };

/**
 * Signal store for 特技バンクの検索. Names are personal data: the results are dropped when the
 * staff member logs out or someone else logs in.
 */
@Injectable({ providedIn: 'root' })
export class SkillSearchStore {
  private readonly api = inject(SkillSearchApiService);
  private readonly state = signal<SearchState>(IDLE);
  private readonly areaState = signal<{ status: LoadStatus; areas: readonly AreaSummary[] }>({ status: 'idle', areas: [] });
  private requestId = 0;

  readonly status = computed(() => this.state().status);
  readonly result = computed(() => this.state().result);
  readonly problem = computed(() => this.state().problem);
  readonly areasStatus = computed(() => this.areaState().status);
  readonly areas = computed(() => this.areaState().areas);

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

  loadAreas(): void {
    const status = this.areaState().status;
    if (status === 'loading' || status === 'ready') return;
    this.areaState.set({ status: 'loading', areas: [] });
    this.api.areas().subscribe({
      next: (areas) => this.areaState.set({ status: 'ready', areas }),
      error: () => this.areaState.set({ status: 'failed', areas: [] }),
    });
  }

  /** One page of results; an answer to an older search that arrives late is ignored. */
  async search(query: SkillSearchQuery): Promise<void> {
    const id = ++this.requestId;
    this.state.update((state) => ({ ...state, status: 'loading', query, problem: null }));
    try {
      const result = await firstValueFrom(this.api.search(toVolunteerSearchQuery(query)));
      if (id === this.requestId) this.state.set({ status: 'ready', query, result, problem: null });
    } catch (error) {
      if (id === this.requestId) this.state.set({ status: 'failed', query, result: null, problem: problemOf(error, STAFF_REFUSALS) });
    }
  }

  /** 「CSVで書き出す」: every match of the search, as the API words it for Excel. */
  async exportCsv(query: SkillSearchQuery): Promise<ExportOutcome> {
    try {
      const response = await firstValueFrom(this.api.exportCsv(exportParams(query)));
      if (!response.body) return { kind: 'failed', reason: 'unavailable' };
      return { kind: 'exported', blob: response.body, fileName: fileNameFromDisposition(response.headers.get('content-disposition')) };
    } catch (error) {
      return blobProblemOf(error);
    }
  }
}

/** An error answer to a Blob request carries its JSON body as a Blob: read it before sorting. */
async function blobProblemOf(error: unknown): Promise<ApiProblem> {
  if (error instanceof HttpErrorResponse && error.error instanceof Blob) {
    let body: unknown = null;
    try {
      body = JSON.parse(await error.error.text());
    } catch {
      body = null;
    }
    return apiProblemOf(error.status, body, STAFF_REFUSALS);
  }
  return problemOf(error, STAFF_REFUSALS);
}
