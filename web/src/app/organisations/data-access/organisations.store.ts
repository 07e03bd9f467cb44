import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { CenterSummary, OrganisationSummary } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { emptyOrganisationDraft, type OrganisationDraft, toOrganisationRequest } from '../util/organisation-draft';
import { OrganisationsApiService } from './organisations-api.service';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export type ApplyOutcome = { kind: 'applied'; organisation: OrganisationSummary } | ApiProblem;

/**
 * Signal store for the applicant's side of 団体・企業の登録申請: the draft, the centers to choose
 * from, the application just sent (for the 「申請を受け付けました」 page) and the viewer's own
 * groups (マイページ). The draft is in memory only and belongs to the person who typed it: it is
 * dropped when they log out or someone else logs in.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationsStore {
  private readonly api = inject(OrganisationsApiService);

  readonly draft = signal<OrganisationDraft>(emptyOrganisationDraft());
  /** The application the API accepted last in this visit. */
  readonly applied = signal<OrganisationSummary | null>(null);

  private readonly centerState = signal<{ status: LoadStatus; centers: readonly CenterSummary[] }>({
    status: 'idle',
    centers: [],
  });
  readonly centersStatus = computed(() => this.centerState().status);
  readonly centers = computed(() => this.centerState().centers);

  private readonly mineState = signal<{
    status: LoadStatus;
    organisations: readonly OrganisationSummary[];
  }>({
    status: 'idle',
    organisations: [],
  });
  readonly mineStatus = computed(() => this.mineState().status);
  readonly mine = computed(() => this.mineState().organisations);

  constructor() {
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => {
        this.draft.set(emptyOrganisationDraft());
        this.applied.set(null);
        this.mineState.set({ status: 'idle', organisations: [] });
      });
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

  /** GET /api/me/organisations, every time マイページ opens (a decision may have come meanwhile). */
  async loadMine(): Promise<void> {
    this.mineState.update((state) => ({ ...state, status: 'loading' }));
    try {
      const organisations = await firstValueFrom(this.api.mine());
      this.mineState.set({ status: 'ready', organisations });
    } catch {
      this.mineState.set({ status: 'failed', organisations: [] });
    }
  }

  /** POST /api/organisations; the draft is cleared once the API accepted it. */
  async apply(): Promise<ApplyOutcome> {
    try {
      const organisation = await firstValueFrom(this.api.apply(toOrganisationRequest(this.draft())));
      this.applied.set(organisation);
      this.draft.set(emptyOrganisationDraft());
      this.mineState.update((state) => ({ ...state, status: 'idle' }));
      return { kind: 'applied', organisation };
    } catch (error) {
      // 401: the session ended while the form was open; the page says so and offers the login.
      return problemOf(error, [401]);
    }
  }
}
