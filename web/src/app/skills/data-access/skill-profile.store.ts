import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { AccessReasonQuery, AreaSummary, SkillProfile } from '@tsunagu/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { todayInJapan } from '../../shared/util/calendar-date';
import {
  draftOfProfile,
  emptySkillDraft,
  hasUnsavedChanges,
  serverErrorsOf,
  type SkillDraft,
  type SkillServerErrors,
  type SkillStepNumber,
  toSaveRequest,
} from '../util/skill-draft';
import { SkillProfileApiService } from './skill-profile-api.service';

/** Whose profile the flow fills in: the logged-in resident's own, or a person's by proxy (代理入力). */
export type SkillSubject = { kind: 'self' } | { kind: 'person'; personId: string };

export const subjectKey = (subject: SkillSubject): string => (subject.kind === 'self' ? 'self' : `person:${subject.personId}`);

/** Statuses whose API message is shown as it is: logged out (401), another center's person (403), gone (404). */
const REFUSALS = [401, 403, 404] as const;

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type LoadOutcome = { kind: 'loaded'; profile: SkillProfile | null } | ApiProblem;
export type SaveOutcome = { kind: 'saved'; profile: SkillProfile | null } | ApiProblem;
export type WithdrawOutcome = { kind: 'withdrawn' } | ApiProblem;

interface ProfileState {
  key: string | null;
  status: LoadStatus;
  profile: SkillProfile | null;
  problem: ApiProblem | null;
}

const IDLE: ProfileState = { key: null, status: 'idle', profile: null, problem: null };

/**
 * Signal store for 特技バンクの登録: the saved profile, the draft the steps are bound to, the API's
 * messages from the last save, and the areas to choose from. One subject at a time; everything is
 * dropped when someone else logs in (a counter PC), and a coordinator's proxy draft is never kept
 * beyond the person they opened.
 */
@Injectable({ providedIn: 'root' })
export class SkillProfileStore {
  private readonly api = inject(SkillProfileApiService);
  private readonly state = signal<ProfileState>(IDLE);
  private loading: Promise<LoadOutcome> | null = null;

  readonly draft = signal<SkillDraft>(emptySkillDraft());
  readonly serverErrors = signal<SkillServerErrors>({});
  /** The person's name, when the staff page that led here knew it. */
  readonly personName = signal<string | null>(null);

  readonly key = computed(() => this.state().key);
  readonly status = computed(() => this.state().status);
  readonly profile = computed(() => this.state().profile);
  readonly problem = computed(() => this.state().problem);
  readonly unsaved = computed(() => this.state().status === 'ready' && hasUnsavedChanges(this.draft(), this.profile(), todayInJapan()));

  private readonly areaState = signal<{ status: LoadStatus; areas: readonly AreaSummary[] }>({ status: 'idle', areas: [] });
  readonly areasStatus = computed(() => this.areaState().status);
  readonly areas = computed(() => this.areaState().areas);

  constructor() {
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => this.forget());
    });
  }

  isReady(subject: SkillSubject): boolean {
    return this.state().key === subjectKey(subject) && this.state().status === 'ready';
  }

  /**
   * The resident's own profile. Asked again each time unless `reuse` and it is here already; the
   * draft is replaced by what is saved unless it holds changes not saved yet.
   */
  loadMine(reuse = false): Promise<LoadOutcome> {
    const subject: SkillSubject = { kind: 'self' };
    if (reuse && this.isReady(subject)) return Promise.resolve({ kind: 'loaded', profile: this.profile() });
    if (this.loading && this.state().key === 'self') return this.loading;
    this.loading = this.load(subject, this.api.mine()).finally(() => (this.loading = null));
    return this.loading;
  }

  /** A person's profile for a coordinator, with the reason kept in the 監査ログ. */
  loadPerson(personId: string, access: AccessReasonQuery): Promise<LoadOutcome> {
    return this.load({ kind: 'person', personId }, this.api.ofPerson(personId, access));
  }

  private async load(subject: SkillSubject, request: Observable<SkillProfile | null>): Promise<LoadOutcome> {
    const key = subjectKey(subject);
    const same = this.state().key === key;
    const keepDraft = same && this.unsaved();
    if (!same) this.reset(key);
    this.state.update((state) => ({ ...state, key, status: state.status === 'ready' ? 'ready' : 'loading', problem: null }));
    try {
      const profile = await firstValueFrom(request);
      if (this.state().key !== key) return { kind: 'failed', reason: 'unavailable' };
      this.state.set({ key, status: 'ready', profile, problem: null });
      if (!keepDraft) this.draft.set(draftOfProfile(profile, todayInJapan()));
      return { kind: 'loaded', profile };
    } catch (error) {
      const problem = problemOf(error, REFUSALS);
      if (this.state().key === key) this.state.set({ key, status: 'failed', profile: null, problem });
      return problem;
    }
  }

  /**
   * PUT …/skill-profile: `submit` false keeps a draft at `step` (「途中で保存して、あとで続ける」),
   * true registers. A 400's field messages go to the steps they are about.
   */
  async save(subject: SkillSubject, step: SkillStepNumber, submit: boolean): Promise<SaveOutcome> {
    const draft = this.draft();
    const request = toSaveRequest(draft, step, submit);
    try {
      const saved = await firstValueFrom(
        subject.kind === 'self' ? this.api.saveMine(request) : this.api.saveForPerson(subject.personId, request),
      );
      this.serverErrors.set({});
      const profile = saved ?? (subject.kind === 'self' ? ((await this.loadMine()).kind === 'loaded' ? this.profile() : null) : null);
      if (profile) {
        this.state.set({ key: subjectKey(subject), status: 'ready', profile, problem: null });
        this.draft.set(draftOfProfile(profile, todayInJapan()));
      }
      return { kind: 'saved', profile };
    } catch (error) {
      const problem = problemOf(error, REFUSALS);
      if (problem.kind === 'refused' && problem.status === 400) this.serverErrors.set(serverErrorsOf(problem.fields, draft).errors);
      return problem;
    }
  }

  /** 「登録をやめる」 (DELETE /api/me/skill-profile), then the profile as it is now. */
  async withdrawMine(): Promise<WithdrawOutcome> {
    try {
      await firstValueFrom(this.api.withdrawMine());
    } catch (error) {
      return problemOf(error, REFUSALS);
    }
    this.draft.set(emptySkillDraft());
    await this.loadMine();
    return { kind: 'withdrawn' };
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

  /** The API's messages for one step, dropped once the person has gone through it again. */
  clearServerErrors(step: keyof SkillServerErrors): void {
    this.serverErrors.update((errors) => {
      if (!errors[step]) return errors;
      const rest = { ...errors };
      delete rest[step];
      return rest;
    });
  }

  private reset(key: string | null): void {
    this.state.set({ ...IDLE, key });
    this.draft.set(emptySkillDraft());
    this.serverErrors.set({});
    this.personName.set(null);
  }

  private forget(): void {
    this.loading = null;
    this.reset(null);
  }
}
