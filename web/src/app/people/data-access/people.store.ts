import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { AccessReasonQuery, Page, PersonalDataExport, PersonDetail, PersonSummary } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { PEOPLE_PAGE_SIZE, type PeopleQuery } from '../util/people-query';
import { PeopleApiService } from './people-api.service';

/**
 * Statuses whose API message the staff pages show as it is: logged out meanwhile (401), another
 * center's person (403, 「この方は、あなたが担当するセンターの登録ではありません。」), gone (404).
 */
export const STAFF_REFUSALS = [401, 403, 404] as const;

export type ListStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type DetailOutcome = { kind: 'loaded'; person: PersonDetail } | ApiProblem;
export type ExportOutcome = { kind: 'exported'; data: PersonalDataExport } | ApiProblem;
export type EraseOutcome = { kind: 'erased' } | ApiProblem;
export type InviteOutcome = { kind: 'invited'; person: PersonSummary } | ApiProblem;

interface ListState {
  status: ListStatus;
  query: PeopleQuery | null;
  result: Page<PersonSummary> | null;
  problem: ApiProblem | null;
}

/**
 * Signal store for 住民の一覧 and 住民の詳細. Contact details are never kept here: the detail page
 * holds them only while it is open, and asks again (with a reason) each time.
 */
@Injectable({ providedIn: 'root' })
export class PeopleStore {
  private readonly api = inject(PeopleApiService);
  private readonly list = signal<ListState>({
    status: 'idle',
    query: null,
    result: null,
    problem: null,
  });
  private requestId = 0;
  /** Whose registration was just deleted, for the list page's 「削除しました」 (shown once). */
  private readonly erasedName = signal<string | null>(null);

  constructor() {
    // Names of residents are not kept once the staff member logs out.
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => {
        this.requestId++;
        this.list.set({ status: 'idle', query: null, result: null, problem: null });
        this.erasedName.set(null);
      });
    });
  }

  readonly listStatus = computed(() => this.list().status);
  readonly listResult = computed(() => this.list().result);
  readonly listProblem = computed(() => this.list().problem);

  /** One page of the list; an answer to an older search that arrives late is ignored. */
  async loadList(query: PeopleQuery): Promise<void> {
    const id = ++this.requestId;
    this.list.update((state) => ({ ...state, status: 'loading', query, problem: null }));
    try {
      const result = await firstValueFrom(this.api.list(query.q, query.page, PEOPLE_PAGE_SIZE));
      if (id === this.requestId) this.list.set({ status: 'ready', query, result, problem: null });
    } catch (error) {
      if (id === this.requestId)
        this.list.set({
          status: 'failed',
          query,
          result: null,
          problem: problemOf(error, STAFF_REFUSALS),
        });
    }
  }

  async detail(id: string, access: AccessReasonQuery): Promise<DetailOutcome> {
    try {
      return { kind: 'loaded', person: await firstValueFrom(this.api.detail(id, access)) };
    } catch (error) {
      return problemOf(error, STAFF_REFUSALS);
    }
  }

  async exportPerson(id: string, access: AccessReasonQuery): Promise<ExportOutcome> {
    try {
      return { kind: 'exported', data: await firstValueFrom(this.api.export(id, access)) };
    } catch (error) {
      return problemOf(error, STAFF_REFUSALS);
    }
  }

  /** 「ご本人がログインして使えるようにする」: the person gets a mail with a link to set a password. */
  async inviteToClaim(id: string, email: string): Promise<InviteOutcome> {
    try {
      return { kind: 'invited', person: await firstValueFrom(this.api.inviteToClaim(id, { email })) };
    } catch (error) {
      return problemOf(error, STAFF_REFUSALS);
    }
  }

  async erase(person: Pick<PersonSummary, 'id' | 'name'>, access: AccessReasonQuery): Promise<EraseOutcome> {
    try {
      await firstValueFrom(this.api.erase(person.id, access));
      this.erasedName.set(person.name);
      this.list.update((state) => ({ ...state, status: 'idle', result: null }));
      return { kind: 'erased' };
    } catch (error) {
      return problemOf(error, STAFF_REFUSALS);
    }
  }

  /** The name of the person whose registration was just deleted, once. */
  takeErasedName(): string | null {
    const name = this.erasedName();
    this.erasedName.set(null);
    return name;
  }
}
