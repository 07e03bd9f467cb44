import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { type ActivityFiguresRow, apiPath, ApiRoutes } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { STAFF_REFUSALS } from '../../people/data-access/people.store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/**
 * 活動の実績 (GET /api/activities/figures?from=YYYY-MM&to=YYYY-MM): counts per center and month for
 * the centers the coordinator covers (管理者 and ward staff: all). Counts only, no one's name. An
 * older answer arriving late is ignored.
 */
@Injectable({ providedIn: 'root' })
export class ActivityFiguresStore {
  private readonly http = inject(HttpClient);
  private readonly state = signal<{ status: LoadStatus; rows: ActivityFiguresRow[]; problem: ApiProblem | null }>({
    status: 'idle',
    rows: [],
    problem: null,
  });
  private loadId = 0;

  readonly status = computed(() => this.state().status);
  readonly rows = computed(() => this.state().rows);
  readonly problem = computed(() => this.state().problem);

  /** null: a 年度 not yet begun, nothing to count. */
  async load(period: { from: string; to: string } | null): Promise<void> {
    const id = ++this.loadId;
    if (!period) {
      this.state.set({ status: 'ready', rows: [], problem: null });
      return;
    }
    this.state.update((state) => ({ ...state, status: 'loading', problem: null }));
    try {
      const rows = await firstValueFrom(
        this.http.get<ActivityFiguresRow[]>(apiPath(ApiRoutes.activityFigures), { params: { from: period.from, to: period.to } }),
      );
      if (id === this.loadId) this.state.set({ status: 'ready', rows, problem: null });
    } catch (error) {
      if (id === this.loadId) this.state.set({ status: 'failed', rows: [], problem: problemOf(error, STAFF_REFUSALS) });
    }
  }
}
