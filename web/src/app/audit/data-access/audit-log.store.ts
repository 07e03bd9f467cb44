import { computed, inject, Injectable, signal } from '@angular/core';
import type { AuditLogEntry, Page } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import type { AuditQuery } from '../util/audit-query';
import { AuditLogApiService } from './audit-log-api.service';

interface AuditLogState {
  status: 'idle' | 'loading' | 'ready' | 'failed';
  result: Page<AuditLogEntry> | null;
  problem: ApiProblem | null;
}

/** Signal store for the 監査ログ page: one page of entries for the filter in the address. */
@Injectable({ providedIn: 'root' })
export class AuditLogStore {
  private readonly api = inject(AuditLogApiService);
  private readonly state = signal<AuditLogState>({ status: 'idle', result: null, problem: null });
  private requestId = 0;

  readonly status = computed(() => this.state().status);
  readonly result = computed(() => this.state().result);
  readonly problem = computed(() => this.state().problem);

  /** An answer to an older filter that arrives late is ignored. */
  async load(query: AuditQuery): Promise<void> {
    const id = ++this.requestId;
    this.state.update((state) => ({ ...state, status: 'loading', problem: null }));
    try {
      const result = await firstValueFrom(this.api.search(query));
      if (id === this.requestId) this.state.set({ status: 'ready', result, problem: null });
    } catch (error) {
      if (id === this.requestId) this.state.set({ status: 'failed', result: null, problem: problemOf(error, [401, 403]) });
    }
  }
}
