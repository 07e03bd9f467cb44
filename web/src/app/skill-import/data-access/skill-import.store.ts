import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { CenterSummary, SkillImport } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { bytesToBase64, centersInScope, IMPORT_POLL_MS, importStage } from '../util/skill-import';
import { SkillImportApiService } from './skill-import-api.service';

/**
 * Statuses whose API message the page shows as it is: logged out meanwhile (401), another center
 * (403), gone (404), already started (409), a file too large for the server (413).
 */
export const IMPORT_REFUSALS = [401, 403, 404, 409, 413] as const;

export type CentersStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type UploadOutcome = { kind: 'checked'; skillImport: SkillImport } | ApiProblem;
export type CommitOutcome = { kind: 'started' } | ApiProblem;

interface ImportState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  skillImport: SkillImport | null;
  problem: ApiProblem | null;
  /** The last progress check did not get an answer; the page keeps asking. */
  pollTrouble: boolean;
}

const NO_IMPORT: ImportState = { status: 'idle', skillImport: null, problem: null, pollTrouble: false };

/**
 * Signal store for 名簿の取り込み: the centers the staff member may import into, the checked file
 * (preview and row errors) and, once started, its progress, asked for every half second until the
 * worker has finished. Nothing is kept once the staff member logs out.
 */
@Injectable({ providedIn: 'root' })
export class SkillImportStore {
  private readonly api = inject(SkillImportApiService);
  private readonly session = inject(SessionStore);
  private readonly state = signal<ImportState>(NO_IMPORT);
  private readonly centerState = signal<{ status: CentersStatus; centers: readonly CenterSummary[] }>({ status: 'idle', centers: [] });
  private pollTimer: ReturnType<typeof setTimeout> | null = null;
  private requestId = 0;

  readonly status = computed(() => this.state().status);
  readonly skillImport = computed(() => this.state().skillImport);
  readonly problem = computed(() => this.state().problem);
  readonly pollTrouble = computed(() => this.state().pollTrouble);
  readonly centersStatus = computed(() => this.centerState().status);
  /** Only the centers the viewer covers. */
  readonly centers = computed(() => centersInScope(this.session.viewer(), this.centerState().centers));

  constructor() {
    let account = this.session.viewer()?.accountId ?? null;
    effect(() => {
      const now = this.session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => this.reset());
    });
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

  /** Sends the file to be checked row by row; nothing is registered yet. */
  async upload(centerId: string, file: File): Promise<UploadOutcome> {
    this.stopPolling();
    const id = ++this.requestId;
    try {
      const contentBase64 = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      const skillImport = await firstValueFrom(this.api.start({ centerId, fileName: file.name, contentBase64 }));
      if (id === this.requestId) this.state.set({ status: 'ready', skillImport, problem: null, pollTrouble: false });
      return { kind: 'checked', skillImport };
    } catch (error) {
      return problemOf(error, IMPORT_REFUSALS);
    }
  }

  /** The import named in the address (after a reload, or the link back to it). */
  async open(id: string): Promise<void> {
    if (this.state().skillImport?.id === id) {
      this.pollWhileRunning();
      return;
    }
    this.stopPolling();
    const request = ++this.requestId;
    this.state.set({ ...NO_IMPORT, status: 'loading' });
    try {
      const skillImport = await firstValueFrom(this.api.get(id));
      if (request !== this.requestId) return;
      this.state.set({ status: 'ready', skillImport, problem: null, pollTrouble: false });
      this.pollWhileRunning();
    } catch (error) {
      if (request === this.requestId) this.state.set({ ...NO_IMPORT, status: 'failed', problem: problemOf(error, IMPORT_REFUSALS) });
    }
  }

  /** Asks again, e.g. for the rows' errors in the language the visitor just switched to. */
  async refresh(): Promise<void> {
    const current = this.state().skillImport;
    if (!current) return;
    const request = this.requestId;
    try {
      const skillImport = await firstValueFrom(this.api.get(current.id));
      if (request === this.requestId && this.state().skillImport?.id === current.id)
        this.state.update((state) => ({ ...state, skillImport }));
    } catch {
      // The page keeps what it has; the next poll (if running) asks again.
    }
  }

  /** 「○件を取り込む」: the worker starts; the page follows its progress. */
  async commit(): Promise<CommitOutcome> {
    const current = this.state().skillImport;
    if (!current) return { kind: 'failed', reason: 'unavailable' };
    try {
      const skillImport = await firstValueFrom(this.api.commit(current.id));
      this.state.update((state) => (state.skillImport?.id === current.id ? { ...state, skillImport } : state));
      this.pollWhileRunning();
      return { kind: 'started' };
    } catch (error) {
      return problemOf(error, IMPORT_REFUSALS);
    }
  }

  /** To choose another file: the page goes back to the empty form. */
  reset(): void {
    this.stopPolling();
    this.requestId++;
    this.state.set(NO_IMPORT);
  }

  /** Called when the page goes away: the answers are kept, the asking stops. */
  stopPolling(): void {
    if (this.pollTimer !== null) clearTimeout(this.pollTimer);
    this.pollTimer = null;
  }

  private pollWhileRunning(): void {
    this.stopPolling();
    const current = this.state().skillImport;
    if (!current || importStage(current) !== 'running') return;
    this.pollTimer = setTimeout(() => void this.pollOnce(current.id), IMPORT_POLL_MS);
  }

  private async pollOnce(id: string): Promise<void> {
    this.pollTimer = null;
    const request = this.requestId;
    try {
      const skillImport = await firstValueFrom(this.api.get(id));
      if (request !== this.requestId || this.state().skillImport?.id !== id) return;
      this.state.set({ status: 'ready', skillImport, problem: null, pollTrouble: false });
    } catch (error) {
      if (request !== this.requestId) return;
      const problem = problemOf(error, IMPORT_REFUSALS);
      // Logged out or refused: say so and stop. A network hiccup: keep asking.
      if (problem.kind === 'refused') {
        this.state.update((state) => ({ ...state, problem }));
        return;
      }
      this.state.update((state) => ({ ...state, pollTrouble: true }));
    }
    this.pollWhileRunning();
  }
}
