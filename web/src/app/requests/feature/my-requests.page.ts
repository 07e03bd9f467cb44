import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { OrganisationsStore } from '../../organisations/data-access/organisations.store';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import { formatDay } from '../../shared/util/calendar-date';
import { pageRange } from '../../shared/util/pagination';
import { RequestsListStore } from '../data-access/requests-list.store';
import { RequestStatusBadgeComponent } from '../ui/request-status-badge.component';
import { placeLine, requestsQueryOf } from '../util/request-query';
import { scheduleText } from '../util/request-schedule';

/**
 * 「依頼の一覧」 for a member: the requests of their groups and their own, newest first, each
 * with where it stands in words (下書き, 受付待ち, 受付済み, 調整中, 決定, 完了, 取り消し,
 * 見つからず), when and where; and 「新しい依頼を出す」 for a member of an approved group.
 */
@Component({
  selector: 'tsu-my-requests-page',
  imports: [RouterLink, TranslocoPipe, PaginationComponent, RequestStatusBadgeComponent],
  template: `
    <h1>{{ 'requests.mine.heading' | transloco }}</h1>
    <p class="lead">{{ 'requests.mine.lead' | transloco }}</p>
    @if (canPost()) {
      <p>
        <a class="button button--primary" routerLink="/requests/new">{{ 'requests.mine.new' | transloco }}</a>
      </p>
    } @else if (organisationsReady()) {
      <p>
        {{ 'requests.mine.noOrganisation' | transloco }}
        <a class="standalone-link" routerLink="/organisations/apply">{{ 'requests.form.noOrganisation.apply' | transloco }}</a>
      </p>
    }

    <div aria-live="polite">
      @switch (status()) {
        @case ('loading') {
          <p>{{ 'requests.list.loading' | transloco }}</p>
        }
        @case ('ready') {
          <p class="count">
            @if (result()?.total) {
              {{ 'requests.list.count' | transloco: { total: result()?.total, from: range().from, to: range().to } }}
            } @else {
              {{ 'requests.mine.none' | transloco }}
            }
          </p>
        }
      }
    </div>
    @if (status() === 'failed') {
      <div class="notice notice--error" role="alert">
        <h2 class="notice__title">{{ 'requests.list.failedTitle' | transloco }}</h2>
        @if (problem(); as p) {
          @if (p.kind === 'refused') {
            <p class="notice__last">{{ p.message ?? ('accounts.failure.unavailable' | transloco) }}</p>
          } @else {
            <p>{{ 'accounts.failure.' + p.reason | transloco }}</p>
            <button type="button" class="button button--secondary" (click)="retry()">{{ 'requests.list.retry' | transloco }}</button>
          }
        }
      </div>
    }

    @if (rows().length > 0) {
      <ul class="cards">
        @for (request of rows(); track request.id) {
          <li>
            <article class="card" [attr.aria-labelledby]="'request-card-' + request.id">
              <h2 class="card__title" [id]="'request-card-' + request.id">
                <a [routerLink]="['/requests', request.id]">{{ request.title }}</a>
              </h2>
              <tsu-request-status-badge [status]="request.status" [label]="'requests.list.columns.status' | transloco" />
              <dl class="card__facts">
                <div>
                  <dt>{{ 'requests.list.columns.requester' | transloco }}</dt>
                  <dd>{{ request.requesterLabel }}</dd>
                </div>
                <div>
                  <dt>{{ 'requests.list.columns.when' | transloco }}</dt>
                  <dd>{{ request.when ?? ('requests.list.noSchedule' | transloco) }}</dd>
                </div>
                <div>
                  <dt>{{ 'requests.list.columns.place' | transloco }}</dt>
                  <dd>{{ request.place }}</dd>
                </div>
                <div>
                  <dt>{{ 'requests.list.columns.received' | transloco }}</dt>
                  <dd>{{ request.received }}</dd>
                </div>
              </dl>
            </article>
          </li>
        }
      </ul>
    }
    @if (result(); as page) {
      <tsu-pagination
        [page]="page.page"
        [total]="page.total"
        [pageSize]="page.pageSize"
        [label]="'requests.list.paginationLabel' | transloco"
      />
    }
  `,
  styleUrls: ['./requests.page.css', './request-list.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyRequestsPage {
  private readonly store = inject(RequestsListStore);
  private readonly organisations = inject(OrganisationsStore);
  private readonly language = inject(LanguageService);
  private readonly params = toSignal(inject(ActivatedRoute).queryParamMap, { requireSync: true });
  protected readonly query = computed(() => ({ ...requestsQueryOf(this.params()), status: null }));

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly result = this.store.result;
  protected readonly organisationsReady = computed(() => this.organisations.mineStatus() === 'ready');
  protected readonly canPost = computed(() => this.organisations.mine().some((organisation) => organisation.status === 'approved'));
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((request) => ({
      ...request,
      when: scheduleText(request.schedule, lang),
      place: placeLine(request, lang),
      received: formatDay(request.createdAt, lang),
    }));
  });
  protected readonly range = computed(() => {
    const result = this.result();
    return result ? pageRange(result.page, result.pageSize, result.total) : { from: 0, to: 0 };
  });

  constructor() {
    void this.organisations.loadMine();
    effect(() => {
      const query = this.query();
      untracked(() => void this.store.load(query));
    });
  }

  protected retry(): void {
    void this.store.load(this.query());
  }
}
