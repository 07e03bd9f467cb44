import { computed, inject, Injectable, signal } from '@angular/core';
import type { RegisteredFigures, RegisteredFiguresQuery } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { STAFF_REFUSALS } from '../../people/data-access/people.store';
import { SkillFiguresApiService } from './skill-figures-api.service';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Signal store for 登録者数: counts only, no one's name. An older answer arriving late is ignored. */
@Injectable({ providedIn: 'root' })
export class SkillFiguresStore {
  private readonly api = inject(SkillFiguresApiService);
  private readonly state = signal<{ status: LoadStatus; figures: RegisteredFigures | null; problem: ApiProblem | null }>({
    status: 'idle',
    figures: null,
    problem: null,
  });
  private requestId = 0;

  readonly status = computed(() => this.state().status);
  readonly figures = computed(() => this.state().figures);
  readonly problem = computed(() => this.state().problem);

  async load(query: RegisteredFiguresQuery | null): Promise<void> {
    const id = ++this.requestId;
    if (!query) {
      this.state.set({ status: 'ready', figures: { months: [], rows: [], totals: [] }, problem: null });
      return;
    }
    this.state.update((state) => ({ ...state, status: 'loading', problem: null }));
    try {
      const figures = await firstValueFrom(this.api.figures(query));
      if (id === this.requestId) this.state.set({ status: 'ready', figures, problem: null });
    } catch (error) {
      if (id === this.requestId) this.state.set({ status: 'failed', figures: null, problem: problemOf(error, STAFF_REFUSALS) });
    }
  }
}
