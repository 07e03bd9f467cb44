import { ChangeDetectionStrategy, Component, computed, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import { formatDay } from '../../shared/util/calendar-date';
import { pageRange } from '../../shared/util/pagination';
import { cleanText } from '../../shared/util/text-input';
import { RequestsListStore } from '../data-access/requests-list.store';
import { RequestStatusBadgeComponent } from '../ui/request-status-badge.component';
import { categoryNames, placeLine, REQUESTS_PAGE_SIZE, requestsQueryOf } from '../util/request-query';
import { scheduleText } from '../util/request-schedule';
import { REQUEST_STATUSES, statusKey } from '../util/request-status';

/**
 * 依頼の一覧 for coordinators: their centers' requests (ward staff: every district), newest first,
 * filtered by status (すべて・下書き・受付待ち…, as links, so each list can be bookmarked) and by
 * words in the title or description, a page at a time. 下書き holds what residents asked about a
 * skill on the public listing, until a coordinator takes it up.
 */
@Component({
  selector: 'tsu-staff-requests-page',
  imports: [FormField, RouterLink, TranslocoPipe, PaginationComponent, RequestStatusBadgeComponent],
  templateUrl: './staff-requests.page.html',
  styleUrls: ['./requests.page.css', './request-list.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StaffRequestsPage {
  private readonly store = inject(RequestsListStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => requestsQueryOf(this.params()));
  protected readonly pageSize = REQUESTS_PAGE_SIZE;
  protected readonly filters = [null, ...REQUEST_STATUSES].map((status) => ({
    status,
    key: status ? statusKey(status) : 'requests.list.all',
  }));

  private readonly searchModel = signal({ q: '' });
  protected readonly searchForm = form(this.searchModel);

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly result = this.store.result;
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((request) => ({
      ...request,
      when: scheduleText(request.schedule, lang),
      place: placeLine(request, lang),
      categories: categoryNames(request.categoryCodes, lang),
      received: formatDay(request.createdAt, lang),
    }));
  });
  protected readonly range = computed(() => {
    const result = this.result();
    return result ? pageRange(result.page, result.pageSize, result.total) : { from: 0, to: 0 };
  });

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => {
        this.searchModel.set({ q: query.q });
        void this.store.load(query);
      });
    });
  }

  protected search(event: Event): void {
    event.preventDefault();
    const q = cleanText(this.searchForm.q().value());
    void this.router.navigate([], { relativeTo: this.route, queryParams: { q: q || null, page: null }, queryParamsHandling: 'merge' });
  }

  /** The filter links keep the words, and start again at page 1. */
  protected filterParams(status: string | null): Record<string, string | null> {
    return { status, page: null };
  }

  protected retry(): void {
    void this.store.load(this.query());
  }
}
