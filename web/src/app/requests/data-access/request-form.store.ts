import { computed, inject, Injectable, signal, type WritableSignal } from '@angular/core';
import {
  type AreaSummary,
  type CenterSummary,
  type OrganisationSummary,
  type RequestDetail,
  RequestStatus,
  type StaffIntakeRequest,
  type Viewer,
} from '@tsunagu/contracts';
import { firstValueFrom, type Observable } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import {
  draftOfRequest,
  emptyRequestDraft,
  type RequestAudience,
  type RequestDraft,
  type RequestField,
  requestFieldOfApiField,
  toRequestFields,
} from '../util/request-draft';
import { RequestsApiService } from './requests-api.service';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** A message from the API about one field, with the value it was about (it applies until the field changes). */
export interface FieldServerError {
  text: string;
  value: unknown;
}
export type RequestServerErrors = Partial<Record<RequestField, FieldServerError>>;

/** Statuses whose message the request pages show as they are (logged out, not allowed, gone, moved meanwhile). */
export const REQUEST_REFUSALS = [401, 403, 404, 409] as const;

export type SendOutcome = { kind: 'sent'; request: RequestDetail } | ApiProblem;

interface Loaded<T> {
  status: LoadStatus;
  items: readonly T[];
}

/**
 * Signal store for one run of the request form (a new request, an intake, or changing a saved
 * one): the draft across the steps, what the choices come from (the viewer's approved groups, the
 * areas, the centers) and the API's word on the last send. Each flow's route provides its own
 * instance, so an intake half-typed on the phone is still there after a look at the list. The
 * draft is in memory only and belongs to the person who started it.
 */
@Injectable()
export class RequestFormStore {
  private readonly api = inject(RequestsApiService);
  /** Who started the draft, and for which flow (a request id when changing one). */
  private owner: string | null = null;
  private key: string | null = null;

  readonly draft = signal<RequestDraft>(emptyRequestDraft());
  readonly serverErrors = signal<RequestServerErrors>({});
  /** When changing a saved request: the request as it was loaded. */
  readonly editing = signal<RequestDetail | null>(null);
  /** The request the API accepted last (for the done page and the notice on the detail page). */
  readonly sent = signal<RequestDetail | null>(null);

  private readonly organisationState = signal<Loaded<OrganisationSummary>>({ status: 'idle', items: [] });
  readonly organisationsStatus = computed(() => this.organisationState().status);
  /** Only approved groups may post requests. */
  readonly organisations = computed(() => this.organisationState().items.filter((organisation) => organisation.status === 'approved'));

  private readonly areaState = signal<Loaded<AreaSummary>>({ status: 'idle', items: [] });
  readonly areasStatus = computed(() => this.areaState().status);
  readonly areas = computed(() => this.areaState().items);

  private readonly centerState = signal<Loaded<CenterSummary>>({ status: 'idle', items: [] });
  readonly centersStatus = computed(() => this.centerState().status);
  readonly centers = computed(() => this.centerState().items);

  /**
   * Call on every step: a draft started by another account, or for another flow (another request
   * being changed), is dropped and `start` gives the new one.
   */
  prepare(viewer: Viewer | null, key: string, start: () => RequestDraft): void {
    const accountId = viewer?.accountId ?? null;
    if (accountId === this.owner && key === this.key) return;
    this.owner = accountId;
    this.key = key;
    this.reset(start());
  }

  /** Whether the draft is for this flow and viewer (a guard checks before loading a saved request). */
  isPreparedFor(viewer: Viewer | null, key: string): boolean {
    return (viewer?.accountId ?? null) === this.owner && key === this.key;
  }

  reset(draft: RequestDraft): void {
    this.draft.set(draft);
    this.serverErrors.set({});
    this.editing.set(null);
  }

  /** A saved request into the form, to change it. */
  startEditing(request: RequestDetail): void {
    this.reset(draftOfRequest(request));
    this.editing.set(request);
  }

  loadOrganisations(force = false): void {
    this.load(this.organisationState, () => this.api.myOrganisations(), force);
  }

  loadAreas(): void {
    this.load(this.areaState, () => this.api.areas());
  }

  loadCenters(): void {
    this.load(this.centerState, () => this.api.centers());
  }

  /** A member posts for their group: a draft (submit false) or straight to the center (受付待ち). */
  async createForOrganisation(submit: boolean): Promise<SendOutcome> {
    const draft = this.draft();
    return this.send(draft, () =>
      this.api.createForOrganisation({ ...toRequestFields(draft, 'member'), organisationId: draft.organisationId, submit }),
    );
  }

  /** A coordinator's intake (the body is built with who asked). */
  async intake(body: StaffIntakeRequest): Promise<SendOutcome> {
    return this.send(
      this.draft(),
      () => this.api.intake(body),
      (apiField) => !apiField.startsWith('newRequester') && apiField !== 'requesterPersonId',
    );
  }

  /** Saves the changes to a saved request; a member's draft can be sent (→ 受付待ち) at the same time. */
  async saveChanges(audience: RequestAudience, submit: boolean): Promise<SendOutcome> {
    const request = this.editing();
    if (!request) return { kind: 'failed', reason: 'unavailable' };
    const draft = this.draft();
    const outcome = await this.send(draft, () => this.api.update(request.id, toRequestFields(draft, audience)));
    if (outcome.kind !== 'sent' || !submit || outcome.request.status !== RequestStatus.Draft) return outcome;
    try {
      const moved = await firstValueFrom(this.api.changeStatus(request.id, { to: RequestStatus.Submitted }));
      this.sent.set(moved);
      return { kind: 'sent', request: moved };
    } catch (error) {
      return problemOf(error, REQUEST_REFUSALS);
    }
  }

  private async send(
    draft: RequestDraft,
    call: () => Observable<RequestDetail>,
    mine: (apiField: string) => boolean = () => true,
  ): Promise<SendOutcome> {
    try {
      const request = await firstValueFrom(call());
      this.sent.set(request);
      this.serverErrors.set({});
      return { kind: 'sent', request };
    } catch (error) {
      const problem = problemOf(error, REQUEST_REFUSALS);
      if (problem.kind === 'refused' && problem.status === 400) this.serverErrors.set(serverErrorsOf(draft, problem.fields, mine));
      return problem;
    }
  }

  private load<T>(state: WritableSignal<Loaded<T>>, call: () => Observable<T[]>, force = false): void {
    const status = state().status;
    if (status === 'loading' || (status === 'ready' && !force)) return;
    state.set({ status: 'loading', items: force ? state().items : [] });
    call().subscribe({
      next: (items) => state.set({ status: 'ready', items }),
      error: () => state.set({ status: 'failed', items: [] }),
    });
  }
}

/** 400: the API's messages at the form's fields (the first for each field). */
function serverErrorsOf(
  draft: RequestDraft,
  fields: Readonly<Record<string, string>>,
  mine: (apiField: string) => boolean,
): RequestServerErrors {
  const errors: RequestServerErrors = {};
  for (const [apiField, text] of Object.entries(fields)) {
    if (!mine(apiField)) continue;
    const field = requestFieldOfApiField(apiField);
    if (field && !errors[field]) errors[field] = { text, value: draft[field] };
  }
  return errors;
}

/** The API's message for a field still applies while the field holds the value it was about. */
export function liveServerError(draft: RequestDraft, errors: RequestServerErrors, field: RequestField): string | null {
  const error = errors[field];
  return error && JSON.stringify(error.value) === JSON.stringify(draft[field]) ? error.text : null;
}
