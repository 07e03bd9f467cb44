import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, FormField } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatDateTime } from '../../shared/util/calendar-date';
import { pageRange } from '../../shared/util/pagination';
import { AuditLogStore } from '../data-access/audit-log.store';
import {
  AUDIT_ACTIONS,
  AUDIT_PAGE_SIZE,
  auditDetail,
  type AuditFilter,
  type AuditFilterField,
  auditFilterProblem,
  auditQueryOf,
  auditReason,
  auditRouteParams,
  emptyAuditFilter,
} from '../util/audit-query';

const FIELDS: readonly AuditFilterField[] = ['action', 'from', 'to', 'actorAccountId', 'subjectPersonId'];
const CONTROL_IDS: Record<AuditFilterField, string> = {
  action: 'audit-action',
  from: 'audit-from',
  to: 'audit-to',
  actorAccountId: 'audit-actor',
  subjectPersonId: 'audit-person',
};

/**
 * 監査ログ (管理者 only): who listed, read, exported, registered or deleted whose personal data,
 * when and why, newest first. The filter lives in the address (?action=&from=&to=&actor=&person=),
 * so a filtered view can be bookmarked; a name in the table filters by that person.
 */
@Component({
  selector: 'tsu-audit-log-page',
  imports: [FormField, RouterLink, TranslocoPipe, ErrorSummaryComponent, PaginationComponent],
  templateUrl: './audit-log.page.html',
  styleUrl: './audit-log.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditLogPage {
  private readonly store = inject(AuditLogStore);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => auditQueryOf(this.params()));
  protected readonly actions = AUDIT_ACTIONS;
  protected readonly ids = CONTROL_IDS;
  protected readonly pageSize = AUDIT_PAGE_SIZE;

  private readonly filterModel = signal<AuditFilter>(emptyAuditFilter());
  protected readonly filterForm = form(this.filterModel, { name: 'audit' });
  private readonly problems = new FormProblems<AuditFilterField>({
    fields: FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly result = this.store.result;
  protected readonly filtered = computed(() => {
    const { page: _page, ...filter } = this.query();
    return Object.values(filter).some((value) => value !== '');
  });
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((entry) => ({
      ...entry,
      when: formatDateTime(entry.at, lang),
      reasonText: auditReason(entry),
      detailText: auditDetail(entry),
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
        const { page: _page, ...filter } = query;
        this.filterModel.set(filter);
        this.problems.clear();
        void this.store.load(query);
      });
    });
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }

  /** 「絞り込む」: the filter goes into the address (back to page 1), which loads the entries. */
  protected apply(event: Event): void {
    event.preventDefault();
    if (this.problems.show() > 0) {
      afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
      return;
    }
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: auditRouteParams(this.filterModel()),
    });
  }

  protected retry(): void {
    void this.store.load(this.query());
  }

  private messageFor(field: AuditFilterField): UiMessage | null {
    // A date the browser could not read (typed only in part) never reaches the model.
    if (
      this.filterForm[field]()
        .errors()
        .some((error) => error.kind === 'parse')
    )
      return { key: `audit.errors.${field}.date` };
    const kind = auditFilterProblem(this.filterModel(), field);
    return kind ? { key: `audit.errors.${field}.${kind}` } : null;
  }
}
