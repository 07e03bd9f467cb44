import { computed, effect, inject, Injectable, signal, untracked } from '@angular/core';
import type { AreaSummary, OrganisationSummary, Page, PublicSkillListing, SkillListingEnquiryRequest } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { listingApiParams, type ListingQuery } from '../util/listing-query';
import { SkillListingApiService } from './skill-listing-api.service';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'failed';
export type AskOutcome = { kind: 'asked' } | ApiProblem;

/** What the thank-you page repeats: about whom, and as whom, the center was asked. */
export interface AskedSummary {
  listingId: string;
  nickname: string | null;
  organisationName: string | null;
  /** The center that has the enquiry now. */
  centerNameJa: string;
  centerNameEn: string;
}

/** Statuses whose API message the ask page shows: logged out meanwhile, not allowed, listing gone. */
const ASK_REFUSALS = [401, 403, 404, 409] as const;

/**
 * Signal store for the public 特技バンク: the page of listings shown, the listings seen in this
 * visit (so the ask page can say whom it is about), the viewer's approved groups, and the last
 * enquiry sent (for the thank-you page). Nothing personal of the volunteers is ever held: the API
 * sends none.
 */
@Injectable({ providedIn: 'root' })
export class SkillListingStore {
  private readonly api = inject(SkillListingApiService);
  private readonly list = signal<{ status: LoadStatus; result: Page<PublicSkillListing> | null; problem: ApiProblem | null }>({
    status: 'idle',
    result: null,
    problem: null,
  });
  private readonly seen = signal<ReadonlyMap<string, PublicSkillListing>>(new Map());
  private readonly areaState = signal<{ status: LoadStatus; areas: readonly AreaSummary[] }>({ status: 'idle', areas: [] });
  private readonly orgState = signal<{ status: LoadStatus; organisations: readonly OrganisationSummary[] }>({
    status: 'idle',
    organisations: [],
  });
  private requestId = 0;

  readonly status = computed(() => this.list().status);
  readonly result = computed(() => this.list().result);
  readonly problem = computed(() => this.list().problem);
  readonly areasStatus = computed(() => this.areaState().status);
  readonly areas = computed(() => this.areaState().areas);
  readonly organisationsStatus = computed(() => this.orgState().status);
  /** Groups the viewer may ask for: approved ones only. */
  readonly approvedOrganisations = computed(() => this.orgState().organisations.filter((org) => org.status === 'approved'));
  readonly asked = signal<AskedSummary | null>(null);

  constructor() {
    const session = inject(SessionStore);
    let account = session.viewer()?.accountId ?? null;
    effect(() => {
      const now = session.viewer()?.accountId ?? null;
      if (now === account) return;
      account = now;
      untracked(() => {
        this.orgState.set({ status: 'idle', organisations: [] });
        this.asked.set(null);
      });
    });
  }

  async load(query: ListingQuery): Promise<void> {
    const id = ++this.requestId;
    this.list.update((state) => ({ ...state, status: 'loading', problem: null }));
    try {
      const result = await firstValueFrom(this.api.listing(listingApiParams(query)));
      if (id !== this.requestId) return;
      this.list.set({ status: 'ready', result, problem: null });
      this.seen.update((seen) => new Map([...seen, ...result.items.map((item) => [item.listingId, item] as const)]));
    } catch (error) {
      if (id === this.requestId) this.list.set({ status: 'failed', result: null, problem: problemOf(error) });
    }
  }

  /** A listing shown earlier in this visit, or null (the ask page then words itself generally). */
  listing(listingId: string): PublicSkillListing | null {
    return this.seen().get(listingId) ?? null;
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

  /** GET /api/me/organisations, each time the ask page opens (an approval may have come meanwhile). */
  async loadOrganisations(): Promise<void> {
    this.orgState.update((state) => ({ ...state, status: 'loading' }));
    try {
      this.orgState.set({ status: 'ready', organisations: await firstValueFrom(this.api.myOrganisations()) });
    } catch {
      this.orgState.set({ status: 'failed', organisations: [] });
    }
  }

  async ask(listingId: string, request: SkillListingEnquiryRequest): Promise<AskOutcome> {
    try {
      const result = await firstValueFrom(this.api.enquire(listingId, request));
      const organisation = this.approvedOrganisations().find((org) => org.id === request.organisationId);
      this.asked.set({
        listingId,
        nickname: this.listing(listingId)?.nickname ?? null,
        organisationName: organisation?.name ?? null,
        centerNameJa: result.centerNameJa,
        centerNameEn: result.centerNameEn,
      });
      return { kind: 'asked' };
    } catch (error) {
      return problemOf(error, ASK_REFUSALS);
    }
  }
}
