import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  type ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form, required, schema, validate } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Locale, ORGANISATION_LIMITS, type OrganisationApplication, type OrganisationStatus } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { PaginationComponent } from '../../shared/ui/pagination.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatDay } from '../../shared/util/calendar-date';
import { pageRange } from '../../shared/util/pagination';
import { OrganisationReviewStore } from '../data-access/organisation-review.store';
import { organisationCenterLabel, statusKey } from '../util/organisation-kinds';
import { type Decision, decisionProblem, REVIEW_PAGE_SIZE, REVIEW_STATUSES, reviewQueryOf, statusParam } from '../util/review-query';

/** The application whose 承認する / 承認しない form is open (one at a time). */
interface ActiveDecision {
  id: string;
  name: string;
  decision: Decision;
}

/** What the page says after a decision: 「○○を承認しました」. */
interface DecisionNotice {
  name: string;
  status: Exclude<OrganisationStatus, 'pending'>;
}

interface ReasonDraft {
  reason: string;
}

/** The id of the reason (or note) box, for the error summary's link. */
const REASON_ID = 'review-reason';

/**
 * 登録申請の審査 (コーディネーター and 管理者): the applications for the centers they cover, in three
 * tabs (審査中 / 承認済み / 承認されなかったもの) kept in the address. Each pending application
 * shows what was sent and two actions: 承認する (with an optional message for the applicant) and
 * 承認しない (a reason is required; it goes to the applicant by mail). The API's 403 (another
 * center) and 409 (already decided) messages are shown as they are.
 */
@Component({
  selector: 'tsu-organisation-review-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummaryComponent, PaginationComponent, TextFieldComponent],
  templateUrl: './review.page.html',
  styleUrls: ['./organisations.page.css', './review.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationReviewPage {
  private readonly store = inject(OrganisationReviewStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => reviewQueryOf(this.params()));
  protected readonly statuses = REVIEW_STATUSES;
  protected readonly statusParam = statusParam;
  protected readonly pageSize = REVIEW_PAGE_SIZE;
  protected readonly reasonId = REASON_ID;
  protected readonly reasonMax = ORGANISATION_LIMITS.reasonMaxLength;

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly result = this.store.result;
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return (this.result()?.items ?? []).map((application) => this.rowOf(application, lang));
  });
  protected readonly range = computed(() => {
    const result = this.result();
    return result ? pageRange(result.page, result.pageSize, result.total) : { from: 0, to: 0 };
  });

  protected readonly active = signal<ActiveDecision | null>(null);
  protected readonly deciding = signal(false);
  /** Why the open decision did not go through (403, 409, offline…). */
  protected readonly decisionFailure = signal<ApiProblem | null>(null);
  protected readonly notice = signal<DecisionNotice | null>(null);

  private readonly reasonModel = signal<ReasonDraft>({ reason: '' });
  protected readonly reasonForm = form(
    this.reasonModel,
    schema<ReasonDraft>((path) => {
      required(path.reason, { when: () => this.active()?.decision === 'reject' });
      validate(path.reason, ({ value }) => {
        const kind = decisionProblem(this.active()?.decision ?? 'approve', value());
        return kind && kind !== 'required' ? { kind } : undefined;
      });
    }),
    { name: 'decision' },
  );
  /** The API's message about the reason (HTTP 400), while the reason is as it was sent. */
  private readonly serverReason = signal<{ text: string; value: string } | null>(null);
  private readonly problems = new FormProblems<'reason'>({
    fields: ['reason'],
    controlIds: { reason: REASON_ID },
    problem: () => this.reasonMessage(),
  });
  protected readonly reasonErrors = this.problems.errors;
  protected readonly summary = this.problems.summary;

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');
  private readonly decisionHeading = viewChild<ElementRef<HTMLElement>>('decisionHeading');
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => {
        // Another tab or page: the confirmation of the last decision belongs to the old list.
        this.notice.set(null);
        this.closeDecision();
        void this.store.load(query);
      });
    });
  }

  /** 「承認する」 or 「承認しない」 on an application: opens its form (and closes any other). */
  protected openDecision(application: Pick<OrganisationApplication, 'id' | 'name'>, decision: Decision): void {
    this.closeDecision();
    this.notice.set(null);
    this.active.set({ id: application.id, name: application.name, decision });
    this.afterRender(() => this.decisionHeading()?.nativeElement.focus());
  }

  /** 「やめる」: back to the two buttons, focus on the one that opened the form. */
  protected cancelDecision(): void {
    const active = this.active();
    this.closeDecision();
    if (active) {
      this.afterRender(() => this.document.getElementById(`decide-${active.decision}-${active.id}`)?.focus());
    }
  }

  protected async decide(event: Event): Promise<void> {
    event.preventDefault();
    const active = this.active();
    if (!active || this.deciding()) return;
    this.decisionFailure.set(null);
    this.reasonForm.reason().markAsTouched();
    if (this.problems.show() > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.deciding.set(true);
    const reason = this.reasonForm.reason().value();
    const outcome = await this.store.decide(active.id, active.decision, reason);
    this.deciding.set(false);
    if (outcome.kind === 'decided') {
      this.closeDecision();
      this.notice.set({
        name: outcome.organisation.name,
        status: active.decision === 'approve' ? 'approved' : 'rejected',
      });
      await this.store.load(this.query());
      this.afterRender(() => this.noticeBox()?.nativeElement.focus());
      return;
    }
    const reasonText = outcome.kind === 'refused' && outcome.status === 400 ? outcome.fields['reason'] : undefined;
    if (reasonText) {
      this.serverReason.set({ text: reasonText, value: reason });
      this.problems.show();
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.decisionFailure.set(outcome);
    this.afterRender(() => this.failureBox()?.nativeElement.focus());
  }

  /** After a 409 (someone else decided) or 404: read the list again. */
  protected reload(): void {
    this.closeDecision();
    void this.store.load(this.query());
  }

  protected retry(): void {
    void this.store.load(this.query());
  }

  /** 409 and 404 mean the list is out of date: reading it again helps. */
  protected outOfDate(problem: ApiProblem): boolean {
    return problem.kind === 'refused' && (problem.status === 409 || problem.status === 404);
  }

  private closeDecision(): void {
    this.active.set(null);
    this.decisionFailure.set(null);
    this.serverReason.set(null);
    this.problems.clear();
    this.reasonModel.set({ reason: '' });
    this.reasonForm().reset();
  }

  private reasonMessage(): UiMessage | null {
    const active = this.active();
    if (!active) return null;
    const value = this.reasonForm.reason().value();
    const kind = decisionProblem(active.decision, value);
    if (kind)
      return {
        key: `organisations.review.errors.${active.decision}.${kind}`,
        params: { max: this.reasonMax },
      };
    const server = this.serverReason();
    return server && server.value === value ? { text: server.text } : null;
  }

  private rowOf(application: OrganisationApplication, lang: Locale) {
    return {
      ...application,
      center: organisationCenterLabel(application, lang),
      statusKey: statusKey(application.status, 'staff'),
      appliedOn: formatDay(application.createdAt, lang),
      decidedOn: application.decidedAt ? formatDay(application.decidedAt, lang) : null,
    };
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
