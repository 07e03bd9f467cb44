import { HttpErrorResponse } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import {
  type ApiErrorBody,
  type AreaSummary,
  type CreateVolunteerEnquiryRequest,
  DEFAULT_LOCALE,
  type Locale,
  type VolunteerEnquiryReceipt,
} from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import { emptyEnquiryDraft, type EnquiryDraft } from '../util/enquiry-draft';
import { VolunteerEnquiryApiService } from './volunteer-enquiry-api.service';

export type AreasStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** Why a send did not go through when the API gave no field-by-field answer. */
export type SendFailure = 'offline' | 'busy' | 'unavailable';

export type SubmitOutcome =
  | { kind: 'accepted'; receipt: VolunteerEnquiryReceipt }
  /** HTTP 400: the API refused some input; messages are in the visitor's language. */
  | { kind: 'rejected'; message: string | null; fields: Readonly<Record<string, string>> }
  | { kind: 'failed'; reason: SendFailure };

interface EnquiryState {
  areas: readonly AreaSummary[];
  areasStatus: AreasStatus;
  receipt: VolunteerEnquiryReceipt | null;
}

/**
 * Signal store for the enquiry journey: the area list, the visitor's draft and the receipt.
 * The draft is kept in memory only (never in storage: it is personal data), so a failed send or a
 * look at another page never loses what the visitor typed; it is cleared after a successful send.
 */
@Injectable({ providedIn: 'root' })
export class VolunteerEnquiryStore {
  private readonly api = inject(VolunteerEnquiryApiService);
  private readonly state = signal<EnquiryState>({ areas: [], areasStatus: 'idle', receipt: null });

  readonly areas = computed(() => this.state().areas);
  readonly areasStatus = computed(() => this.state().areasStatus);
  /** The last enquiry the API accepted in this visit. */
  readonly receipt = computed(() => this.state().receipt);

  readonly draft = signal<EnquiryDraft>(emptyEnquiryDraft(DEFAULT_LOCALE));
  /** Until the visitor picks the reply language themselves, it follows the UI language. */
  readonly replyLocaleChosen = signal(false);

  loadAreas(): void {
    const status = this.state().areasStatus;
    if (status === 'loading' || status === 'ready') return;
    this.patch({ areasStatus: 'loading' });
    this.api.listAreas().subscribe({
      next: (areas) => this.patch({ areas, areasStatus: 'ready' }),
      error: () => this.patch({ areasStatus: 'failed' }),
    });
  }

  async submit(request: CreateVolunteerEnquiryRequest): Promise<SubmitOutcome> {
    try {
      const receipt = await firstValueFrom(this.api.create(request));
      this.patch({ receipt });
      return { kind: 'accepted', receipt };
    } catch (error) {
      return outcomeOf(error);
    }
  }

  /** After a successful send, the next enquiry starts empty. */
  clearDraft(locale: Locale): void {
    this.draft.set(emptyEnquiryDraft(locale));
    this.replyLocaleChosen.set(false);
  }

  private patch(change: Partial<EnquiryState>): void {
    this.state.update((state) => ({ ...state, ...change }));
  }
}

function outcomeOf(error: unknown): SubmitOutcome {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'failed', reason: 'unavailable' };
  if (error.status === 400 && isApiErrorBody(error.error)) {
    return { kind: 'rejected', message: error.error.message || null, fields: error.error.fields ?? {} };
  }
  if (error.status === 0) return { kind: 'failed', reason: 'offline' };
  if (error.status === 429 || error.status === 503) return { kind: 'failed', reason: 'busy' };
  return { kind: 'failed', reason: 'unavailable' };
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && typeof (body as ApiErrorBody).message === 'string';
}
