import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { formatDay } from '../../shared/util/calendar-date';
import { OrganisationsStore } from '../data-access/organisations.store';
import { organisationCenterLabel, statusKey } from '../util/organisation-kinds';

/**
 * マイページ 「所属している団体・企業」: the person's groups with where each application stands, in
 * words (審査中 / 承認済み / 承認されませんでした, with the reason), and the way to apply.
 * A section of its own, so マイページ only places it.
 */
@Component({
  selector: 'tsu-my-organisations',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="my-organisations-title">
      <h2 id="my-organisations-title">{{ 'organisations.mine.heading' | transloco }}</h2>
      <div aria-live="polite">
        @switch (status()) {
          @case ('loading') {
            <p>{{ 'organisations.mine.loading' | transloco }}</p>
          }
          @case ('failed') {
            <p>{{ 'organisations.mine.failed' | transloco }}</p>
          }
          @case ('ready') {
            @if (rows().length === 0) {
              <p>{{ 'organisations.mine.none' | transloco }}</p>
            }
          }
        }
      </div>
      @if (status() === 'failed') {
        <p>
          <button type="button" class="button button--secondary" (click)="reload()">
            {{ 'organisations.mine.retry' | transloco }}
          </button>
        </p>
      }
      @if (rows().length > 0) {
        <ul class="organisations">
          @for (row of rows(); track row.id) {
            <li
              class="organisation"
              [class.organisation--approved]="row.status === 'approved'"
              [class.organisation--rejected]="row.status === 'rejected'"
            >
              <h3 class="organisation__name">{{ row.name }}</h3>
              <p class="organisation__meta">{{ 'organisations.kinds.' + row.kind | transloco }}・{{ row.center }}</p>
              <p class="organisation__status">
                <span class="status-mark" aria-hidden="true">{{ row.mark }}</span>
                <span class="visually-hidden">{{ 'organisations.mine.statusLabel' | transloco }}</span>
                {{ row.statusKey | transloco }}
              </p>
              <p class="organisation__when">
                @if (row.decidedOn) {
                  {{ 'organisations.mine.decidedOn' | transloco: { date: row.decidedOn } }}
                } @else {
                  {{ 'organisations.mine.appliedOn' | transloco: { date: row.appliedOn } }}
                }
              </p>
              @if (row.status === 'pending') {
                <p class="organisation__note">{{ 'organisations.mine.pendingNote' | transloco }}</p>
              }
              @if (row.decisionReason) {
                <div class="organisation__reason">
                  <p class="organisation__reason-title">
                    {{ (row.status === 'rejected' ? 'organisations.mine.reason' : 'organisations.mine.message') | transloco }}
                  </p>
                  <p class="organisation__reason-text">{{ row.decisionReason }}</p>
                </div>
              }
              @if (row.status === 'rejected') {
                <p class="organisation__note">
                  {{ 'organisations.mine.rejectedNote' | transloco }}
                </p>
              }
            </li>
          }
        </ul>
      }
      <p>{{ 'organisations.mine.applyText' | transloco }}</p>
      <p>
        <a class="button button--secondary apply-link" routerLink="/organisations/apply">{{ 'organisations.mine.apply' | transloco }}</a>
      </p>
    </section>
  `,
  styles: `
    .organisations {
      margin: 0 0 1.5rem;
      padding: 0;
      list-style: none;
    }
    .organisation {
      margin: 0 0 1rem;
      padding: 1rem 1.25rem;
      border: 1px solid var(--color-border);
      border-left-width: 8px;
      border-radius: 8px;
    }
    .organisation--approved {
      border-left-color: var(--color-success);
    }
    .organisation--rejected {
      border-left-color: var(--color-error);
    }
    .organisation__name {
      margin: 0 0 0.25rem;
      font-size: 1.125rem;
    }
    .organisation p {
      margin: 0 0 0.5rem;
    }
    .organisation > :last-child {
      margin-bottom: 0;
    }
    .organisation__meta,
    .organisation__when {
      color: var(--color-text-sub);
    }
    .organisation__status {
      font-weight: 700;
      font-size: 1.125rem;
    }
    .status-mark {
      display: inline-block;
      min-width: 1.5em;
    }
    .organisation__reason {
      margin: 0 0 0.5rem;
      padding: 0.75rem 1rem;
      background: var(--color-bg-sub);
      border-radius: 8px;
    }
    .organisation__reason-title {
      font-weight: 700;
    }
    .organisation__reason-text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .organisation__reason > :last-child {
      margin-bottom: 0;
    }
    .apply-link {
      width: 100%;
      max-width: 24rem;
    }
  `,
})
export class MyOrganisationsComponent {
  private readonly store = inject(OrganisationsStore);
  private readonly language = inject(LanguageService);

  protected readonly status = this.store.mineStatus;
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.store.mine().map((organisation) => ({
      ...organisation,
      center: organisationCenterLabel(organisation, lang),
      statusKey: statusKey(organisation.status, 'applicant'),
      /** The status is told in words; the mark only repeats it. */
      mark: organisation.status === 'approved' ? '✓' : organisation.status === 'rejected' ? '×' : '…',
      appliedOn: formatDay(organisation.createdAt, lang),
      decidedOn: organisation.decidedAt ? formatDay(organisation.decidedAt, lang) : null,
    }));
  });

  constructor() {
    void this.store.loadMine();
  }

  protected reload(): void {
    void this.store.loadMine();
  }
}
