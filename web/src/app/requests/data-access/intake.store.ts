import { computed, inject, Injectable, signal } from '@angular/core';
import type { DuplicateCheckResult, PersonSummary, Viewer } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem, RequestFailure } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { defaultCenterId } from '../../core/session/staff-roles';
import { duplicateCheckKey, toDuplicateCheckRequest } from '../../people/util/proxy-draft';
import { emptyIntakeDraft, type IntakeDraft, type IntakeProblemKey, intakeKeyOfApiField } from '../util/intake-draft';
import { RequestsApiService } from './requests-api.service';

/** The people found for the words typed ('idle' before the first search). */
export interface PeopleSearch {
  status: 'idle' | 'searching' | 'done' | 'failed';
  q: string;
  people: readonly PersonSummary[];
  total: number;
  problem: ApiProblem | null;
}

/** The duplicate check for the new person as they are now (`key`), as 代理登録 does it. */
export interface IntakeDuplicates {
  key: string | null;
  status: 'idle' | 'checking' | 'done' | 'failed';
  result: DuplicateCheckResult | null;
  failure: RequestFailure | null;
}

export type IntakeServerErrors = Partial<Record<IntakeProblemKey, { text: string; value: string }>>;

const NO_SEARCH: PeopleSearch = { status: 'idle', q: '', people: [], total: 0, problem: null };
const NO_CHECK: IntakeDuplicates = { key: null, status: 'idle', result: null, failure: null };

/**
 * Signal store for who asked, in 電話・窓口で受けた依頼: the search among registered people, the
 * new person's 代理登録 fields, and the duplicate check before sending. Provided by the intake
 * route beside its RequestFormStore; in memory only, dropped when another account logs in.
 */
@Injectable()
export class IntakeStore {
  private readonly api = inject(RequestsApiService);
  private owner: string | null = null;

  readonly draft = signal<IntakeDraft>(emptyIntakeDraft(null));
  readonly search = signal<PeopleSearch>(NO_SEARCH);
  readonly duplicates = signal<IntakeDuplicates>(NO_CHECK);
  /** Candidates the coordinator ticked 「別の方であることを確認しました」 for. */
  readonly acknowledged = signal<ReadonlySet<string>>(new Set());
  readonly unacknowledged = computed(() => {
    const acknowledged = this.acknowledged();
    return (this.duplicates().result?.candidates ?? []).filter((candidate) => !acknowledged.has(candidate.personId));
  });
  /** The API's messages about who asked, from the last send. */
  readonly serverErrors = signal<IntakeServerErrors>({});
  private searchId = 0;

  prepare(viewer: Viewer | null): void {
    const accountId = viewer?.accountId ?? null;
    if (accountId === this.owner) return;
    this.owner = accountId;
    this.reset(viewer);
  }

  reset(viewer: Viewer | null): void {
    this.draft.set(emptyIntakeDraft(defaultCenterId(viewer)));
    this.search.set(NO_SEARCH);
    this.duplicates.set(NO_CHECK);
    this.acknowledged.set(new Set());
    this.serverErrors.set({});
  }

  /** GET /api/people?q=: the newest answer wins. */
  async findPeople(q: string): Promise<void> {
    const id = ++this.searchId;
    this.search.set({ status: 'searching', q, people: [], total: 0, problem: null });
    try {
      const page = await firstValueFrom(this.api.people(q));
      if (id === this.searchId) this.search.set({ status: 'done', q, people: page.items, total: page.total, problem: null });
    } catch (error) {
      if (id === this.searchId) this.search.set({ status: 'failed', q, people: [], total: 0, problem: problemOf(error, [401, 403]) });
    }
  }

  /** 「この方の依頼として受け付ける」: a registered person (from the search, or a possible duplicate). */
  choose(person: Pick<PersonSummary, 'id' | 'name'>): void {
    this.draft.update((draft) => ({ ...draft, mode: 'existing', personId: person.id, personName: person.name }));
  }

  /** Asks for possible duplicates of the new person, unless the answer for exactly these details is here. */
  async checkDuplicates(force = false): Promise<IntakeDuplicates> {
    const request = toDuplicateCheckRequest(this.draft().person);
    const key = duplicateCheckKey(request);
    const current = this.duplicates();
    if (!force && current.key === key && (current.status === 'done' || current.status === 'checking')) return current;
    this.duplicates.set({ key, status: 'checking', result: current.key === key ? current.result : null, failure: null });
    let next: IntakeDuplicates;
    try {
      const result = await firstValueFrom(this.api.duplicateCheck(request));
      next = { key, status: 'done', result, failure: null };
      const listed = new Set(result.candidates.map((candidate) => candidate.personId));
      this.acknowledged.update((ids) => new Set([...ids].filter((id) => listed.has(id))));
    } catch (error) {
      const problem = problemOf(error);
      next = { key, status: 'failed', result: null, failure: problem.kind === 'failed' ? problem.reason : 'unavailable' };
    }
    if (this.duplicates().key === key) this.duplicates.set(next);
    return next;
  }

  /** After a 409 (someone like the new person was registered meanwhile): check again. */
  forgetDuplicates(): void {
    this.duplicates.set(NO_CHECK);
  }

  acknowledge(personId: string, checked: boolean): void {
    this.acknowledged.update((ids) => {
      const next = new Set(ids);
      if (checked) next.add(personId);
      else next.delete(personId);
      return next;
    });
  }

  /** 400 from the intake: the messages about who asked, at their fields. */
  showServerErrors(fields: Readonly<Record<string, string>>): void {
    const draft = this.draft();
    const errors: IntakeServerErrors = {};
    for (const [apiField, text] of Object.entries(fields)) {
      const key = intakeKeyOfApiField(apiField);
      if (key && !errors[key]) errors[key] = { text, value: valueOf(draft, key) };
    }
    this.serverErrors.set(errors);
  }

  /** The API's message for a part of the step while it still holds the value it was about. */
  liveServerError(key: IntakeProblemKey): string | null {
    const error = this.serverErrors()[key];
    return error && error.value === valueOf(this.draft(), key) ? error.text : null;
  }
}

function valueOf(draft: IntakeDraft, key: IntakeProblemKey): string {
  if (key === 'mode') return draft.mode;
  if (key === 'personId') return draft.personId;
  if (key === 'centerId') return draft.centerId;
  return String(draft.person[key.slice('person.'.length) as keyof IntakeDraft['person']]);
}
