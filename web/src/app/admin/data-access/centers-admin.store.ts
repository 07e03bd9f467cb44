import { computed, inject, Injectable, signal } from '@angular/core';
import type { AreaRequest, AreaSummary, CenterRequest, CenterSummary, CenterUpdateRequest } from '@tsunagu/contracts';
import { firstValueFrom, forkJoin, type Observable } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { AdminApiService } from './admin-api.service';

/** Statuses whose API message the admin pages show as it is: logged out (401), no longer admin (403), gone (404). */
export const ADMIN_REFUSALS = [401, 403, 404] as const;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type SaveOutcome<T> = { kind: 'saved'; value: T } | ApiProblem;

interface CentersState {
  status: LoadStatus;
  centers: readonly CenterSummary[];
  areas: readonly AreaSummary[];
}

/**
 * Signal store for センターと地区の管理: every center and area (public data), and the changes.
 * After each change both lists are read again, so the page shows what the API holds.
 */
@Injectable({ providedIn: 'root' })
export class CentersAdminStore {
  private readonly api = inject(AdminApiService);
  private readonly state = signal<CentersState>({ status: 'idle', centers: [], areas: [] });

  readonly status = computed(() => this.state().status);
  readonly centers = computed(() => this.state().centers);
  readonly areas = computed(() => this.state().areas);

  async load(): Promise<void> {
    this.state.update((state) => ({ ...state, status: 'loading' }));
    try {
      const { centers, areas } = await firstValueFrom(forkJoin({ centers: this.api.centers(), areas: this.api.areas() }));
      this.state.set({ status: 'ready', centers, areas });
    } catch {
      this.state.update((state) => ({ ...state, status: 'failed' }));
    }
  }

  createCenter(request: CenterRequest): Promise<SaveOutcome<CenterSummary>> {
    return this.save(this.api.createCenter(request));
  }

  renameCenter(id: string, request: CenterUpdateRequest): Promise<SaveOutcome<CenterSummary>> {
    return this.save(this.api.renameCenter(id, request));
  }

  createArea(centerId: string, request: AreaRequest): Promise<SaveOutcome<AreaSummary>> {
    return this.save(this.api.createArea(centerId, request));
  }

  renameArea(id: string, request: CenterUpdateRequest): Promise<SaveOutcome<AreaSummary>> {
    return this.save(this.api.renameArea(id, request));
  }

  private async save<T>(call: Observable<T>): Promise<SaveOutcome<T>> {
    try {
      const value = await firstValueFrom(call);
      await this.load();
      return { kind: 'saved', value };
    } catch (error) {
      return problemOf(error, ADMIN_REFUSALS);
    }
  }
}
