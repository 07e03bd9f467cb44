import { HttpClient } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { apiPath, ApiRoutes, type OrganisationSummary } from '@tsunagu/contracts';

/**
 * Whether the viewer belongs to an approved group (GET /api/me/organisations), for the main
 * menu's 「団体の依頼」. Kept apart from the organisation pages' store so the shell, which is in
 * the first download, does not pull in their form rules.
 */
@Injectable({ providedIn: 'root' })
export class MembershipStore {
  private readonly http = inject(HttpClient);
  private readonly organisations = signal<readonly OrganisationSummary[]>([]);
  private loadId = 0;

  readonly approvedMember = computed(() => this.organisations().some((organisation) => organisation.status === 'approved'));

  /** Asks again (at login, and when マイページ or the request pages know of a change); forgets on logout. */
  refresh(signedIn: boolean): void {
    const id = ++this.loadId;
    if (!signedIn) {
      this.organisations.set([]);
      return;
    }
    this.http.get<OrganisationSummary[]>(apiPath(ApiRoutes.myOrganisations)).subscribe({
      next: (organisations) => {
        if (id === this.loadId) this.organisations.set(organisations);
      },
      error: () => undefined,
    });
  }
}
