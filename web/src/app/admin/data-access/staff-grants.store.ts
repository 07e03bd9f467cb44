import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { CenterSummary, RoleGrantRequest, StaffGrant } from '@tsunagu/contracts';
import { firstValueFrom, forkJoin } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { grantFor } from '../util/staff-grant-draft';
import { AdminApiService } from './admin-api.service';
import { ADMIN_REFUSALS, type LoadStatus } from './centers-admin.store';

export type GrantOutcome = { kind: 'granted'; grant: StaffGrant | null } | ApiProblem;
export type RevokeOutcome = { kind: 'revoked' } | ApiProblem;

interface StaffState {
  status: LoadStatus;
  grants: readonly StaffGrant[];
  centers: readonly CenterSummary[];
  problem: ApiProblem | null;
}

const EMPTY: StaffState = { status: 'idle', grants: [], centers: [], problem: null };

/**
 * Signal store for 職員の登録: the staff grants (names and emails of staff: not kept once the
 * admin logs out) and the centers a coordinator can be given.
 */
@Injectable({ providedIn: 'root' })
export class StaffGrantsStore {
  private readonly api = inject(AdminApiService);
  private readonly state = signal<StaffState>(EMPTY);

  readonly status = computed(() => this.state().status);
  readonly grants = computed(() => this.state().grants);
  readonly centers = computed(() => this.state().centers);
  readonly problem = computed(() => this.state().problem);

  constructor() {
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => this.state.set(EMPTY));
    });
  }

  async load(): Promise<void> {
    this.state.update((state) => ({ ...state, status: 'loading', problem: null }));
    try {
      const { grants, centers } = await firstValueFrom(forkJoin({ grants: this.api.staffGrants(), centers: this.api.centers() }));
      this.state.set({ status: 'ready', grants, centers, problem: null });
    } catch (error) {
      this.state.update((state) => ({
        ...state,
        status: 'failed',
        problem: problemOf(error, ADMIN_REFUSALS),
      }));
    }
  }

  /** The API answers with the whole list, which replaces the one shown. */
  async grant(request: RoleGrantRequest): Promise<GrantOutcome> {
    try {
      const grants = await firstValueFrom(this.api.grant(request));
      this.state.update((state) => ({ ...state, grants }));
      return { kind: 'granted', grant: grantFor(grants, request) };
    } catch (error) {
      return problemOf(error, ADMIN_REFUSALS);
    }
  }

  /** A 404 means it was already taken back (by another admin): the list is read again either way. */
  async revoke(id: string): Promise<RevokeOutcome> {
    try {
      await firstValueFrom(this.api.revoke(id));
      this.state.update((state) => ({
        ...state,
        grants: state.grants.filter((grant) => grant.id !== id),
      }));
      return { kind: 'revoked' };
    } catch (error) {
      const problem = problemOf(error, ADMIN_REFUSALS);
      if (problem.kind === 'refused' && problem.status === 404) void this.load();
      return problem;
    }
  }
}
