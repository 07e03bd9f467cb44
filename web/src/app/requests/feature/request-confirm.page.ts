import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { Router, RouterLink, ActivatedRoute } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { DuplicateCandidate, RequestDetail } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatCalendarDate, parseDateInput } from '../../shared/util/calendar-date';
import { CandidateFactsComponent } from '../../people/ui/candidate-facts.component';
import { PROXY_LABEL_KEYS } from '../../people/feature/proxy-fields';
import { IntakeStore } from '../data-access/intake.store';
import { RequestDetailStore } from '../data-access/request-detail.store';
import { liveServerError, RequestFormStore, type SendOutcome } from '../data-access/request-form.store';
import { NEW_PERSON_FIELDS, toStaffIntakeRequest } from '../util/intake-draft';
import { emptyRequestDraft, type RequestField, requestFields, type RequestStep, toRequestFields } from '../util/request-draft';
import { areaLabel } from '../../skills/util/skill-labels';
import { summarySections } from '../util/request-summary';
import { RequestSummaryComponent } from '../ui/request-summary.component';
import { flowStepPath, progressNamesOf, requestFlowOf } from './request-flow';

/** The row (and its 「変更する」 link) that shows each field: the schedule's parts are one row. */
function rowFieldOf(field: RequestField): RequestField {
  if (['date', 'startTime', 'endTime', 'slots', 'from', 'until'].includes(field)) return 'scheduleKind';
  if (field === 'sensitiveConsent') return 'sensitiveNotes';
  return field;
}
const acknowledgeId = (candidate: DuplicateCandidate) => `intake-duplicate-${candidate.personId}`;

/**
 * 「入力内容の確認」 at the end of every request flow: everything asked, each with 「変更する」,
 * then the send. A member sends to the center (受付待ち) or keeps a draft; a coordinator's intake
 * is 受付済み at once and opens on its page. For a new person the duplicate check of 代理登録
 * runs first: a possible duplicate is either the same person (「この方の依頼にする」) or ticked
 * as another person.
 */
@Component({
  selector: 'tsu-request-confirm-page',
  imports: [RouterLink, TranslocoPipe, CandidateFactsComponent, ErrorSummaryComponent, StepProgressComponent, RequestSummaryComponent],
  templateUrl: './request-confirm.page.html',
  styleUrls: ['./requests.page.css', './request-confirm.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestConfirmPage {
  private readonly store = inject(RequestFormStore);
  private readonly intake = inject(IntakeStore, { optional: true });
  private readonly details = inject(RequestDetailStore);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  private readonly transloco = inject(TranslocoService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly flow = requestFlowOf(inject(ActivatedRoute).snapshot);
  protected readonly lang = this.language.current;
  protected readonly progressNames = computed(() => progressNamesOf(this.flow, this.lang(), this.transloco));
  protected readonly stepIndex = this.flow.steps.length;
  protected readonly lastStepPath = flowStepPath(this.flow, this.flow.steps[this.flow.steps.length - 1]);
  protected readonly changePaths = Object.fromEntries(
    (['content', 'schedule', 'place'] as const).map((step) => [step, flowStepPath(this.flow, step)]),
  ) as Record<RequestStep, string>;
  protected readonly requesterPath = flowStepPath(this.flow, 'requester');
  protected readonly acknowledgeId = acknowledgeId;

  protected readonly sending = signal<'submit' | 'save' | null>(null);
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly general = signal<readonly ErrorSummaryItem[]>([]);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  protected readonly sections = computed(() => {
    const draft = this.store.draft();
    const lang = this.lang();
    const organisation =
      this.flow.audience === 'member' ? this.store.organisations().find((candidate) => candidate.id === draft.organisationId) : null;
    const fields = toRequestFields(draft, this.flow.audience);
    return summarySections(fields, {
      lang,
      areaName: draft.areaId ? areaLabel(draft.areaId, this.store.areas(), lang) : null,
      organisationName: this.flow.kind === 'new' ? (organisation?.name ?? draft.organisationId) : null,
      showSensitive: this.flow.audience === 'staff',
    });
  });

  // 依頼する方 (intake)
  protected readonly requester = computed(() => this.intake?.draft() ?? null);
  protected readonly requesterRows = computed(() => {
    const intake = this.requester();
    if (!intake || intake.mode !== 'new') return [];
    const person = intake.person;
    const iso = parseDateInput(person.birthDate);
    return NEW_PERSON_FIELDS.map((field): { field: string; labelKey: string; text: string | null; key: string } => {
      const labelKey = PROXY_LABEL_KEYS[field];
      const value = person[field];
      const key = (k: string) => ({ field, labelKey, text: null, key: k });
      if (typeof value === 'boolean') return key(value ? 'people.proxy.confirm.agreed' : 'people.proxy.confirm.notAgreed');
      if (field === 'contactMethod') return key(value ? `people.contactMethods.${value}` : 'people.proxy.confirm.none');
      if (field === 'birthDate' && iso) return { field, labelKey, text: formatCalendarDate(iso, this.lang()), key: '' };
      return value.trim() ? { field, labelKey, text: value.trim(), key: '' } : key('people.proxy.confirm.none');
    });
  });
  protected readonly centerLabel = computed(() => {
    const id = this.requester()?.centerId;
    const center = this.store.centers().find((candidate) => candidate.id === id);
    return center ? (this.lang() === 'en' ? center.nameEn || center.nameJa : center.nameJa) : '';
  });
  protected readonly duplicates = computed(() => this.intake?.duplicates() ?? null);
  protected readonly candidates = computed(() => this.duplicates()?.result?.candidates ?? []);
  protected readonly matchesElsewhere = computed(() => this.duplicates()?.result?.matchesElsewhere ?? 0);
  protected readonly acknowledged = computed(() => this.intake?.acknowledged() ?? new Set<string>());

  /** Problems from the API, at their rows' 「変更する」 links, then anything general. */
  protected readonly summary = computed(() => {
    const draft = this.store.draft();
    const items: ErrorSummaryItem[] = [];
    const seen = new Set<string>();
    for (const field of requestFields(this.flow.audience)) {
      const text = liveServerError(draft, this.store.serverErrors(), field);
      if (text && !seen.has(text)) {
        seen.add(text);
        items.push({ message: { text }, controlId: `request-change-${rowFieldOf(field)}` });
      }
    }
    return [...items, ...this.general()];
  });

  constructor() {
    this.store.loadAreas();
    if (this.flow.audience === 'member') this.store.loadOrganisations();
    if (this.flow.kind === 'intake') {
      this.store.loadCenters();
      if (this.intake?.draft().mode === 'new') void this.intake.checkDuplicates();
    }
  }

  protected acknowledge(candidate: DuplicateCandidate, event: Event): void {
    this.intake?.acknowledge(candidate.personId, (event.target as HTMLInputElement).checked);
    this.general.update((items) => items.filter((item) => item.controlId !== acknowledgeId(candidate)));
  }

  /** 「この方の依頼にする」: the possible duplicate is the same person; the request is theirs. */
  protected useCandidate(candidate: DuplicateCandidate): void {
    this.intake?.choose({ id: candidate.personId, name: candidate.name });
    this.general.set([]);
    afterNextRender({ write: () => this.document.getElementById('confirm-requester-title')?.focus() }, { injector: this.injector });
  }

  protected async checkAgain(): Promise<void> {
    await this.intake?.checkDuplicates(true);
  }

  /** The primary button: send (a member: to the center; a coordinator: take it or save the changes). */
  protected async send(submit: boolean): Promise<void> {
    if (this.sending()) return;
    this.sending.set(submit ? 'submit' : 'save');
    this.problem.set(null);
    this.general.set([]);
    try {
      await this.trySend(submit);
    } finally {
      this.sending.set(null);
    }
  }

  private async trySend(submit: boolean): Promise<void> {
    let outcome: SendOutcome;
    switch (this.flow.kind) {
      case 'new':
        outcome = await this.store.createForOrganisation(submit);
        break;
      case 'intake': {
        const intake = this.intake;
        if (!intake) return;
        if (intake.draft().mode === 'new') {
          const check = await intake.checkDuplicates();
          if (check.status === 'failed') return this.showProblem({ kind: 'failed', reason: check.failure ?? 'unavailable' });
          if (intake.unacknowledged().length > 0) return this.showUnticked([]);
        }
        outcome = await this.store.intake(toStaffIntakeRequest(intake.draft(), this.store.draft(), [...intake.acknowledged()]));
        if (outcome.kind === 'refused' && outcome.status === 409 && intake.draft().mode === 'new') {
          // Someone like the new person was registered meanwhile: show them.
          intake.forgetDuplicates();
          await intake.checkDuplicates(true);
          return this.showUnticked([outcome.message ? { text: outcome.message } : { key: 'people.proxy.duplicates.appeared' }]);
        }
        if (outcome.kind === 'refused' && outcome.status === 400) intake.showServerErrors(outcome.fields);
        break;
      }
      default:
        outcome = await this.store.saveChanges(this.flow.audience, submit);
    }
    if (outcome.kind === 'sent') return this.finish(outcome.request, submit);
    if (outcome.kind === 'refused' && outcome.status === 400) return this.showFieldProblems(outcome);
    this.showProblem(outcome);
  }

  private async finish(request: RequestDetail, submit: boolean): Promise<void> {
    const viewer = this.session.viewer();
    switch (this.flow.kind) {
      case 'new':
        await this.router.navigateByUrl(`${this.flow.base}/done`);
        this.store.reset(emptyRequestDraft());
        return;
      case 'intake':
        this.details.notify('intakeDone');
        await this.router.navigate(['/staff/requests', request.id]);
        this.store.reset(emptyRequestDraft());
        this.intake?.reset(viewer);
        return;
      case 'edit':
        this.details.notify(submit ? 'draftSent' : 'draftSaved');
        await this.router.navigateByUrl(this.flow.home);
        return;
      case 'staff-edit':
        this.details.notify('changesSaved');
        await this.router.navigateByUrl(this.flow.home);
    }
  }

  /** 400: the API's messages at their rows (and about who asked, at the first step's link). */
  private showFieldProblems(problem: Extract<ApiProblem, { kind: 'refused' }>): void {
    const general: UiMessage[] = [];
    const intakeKeys = this.intake ? Object.keys(this.intake.serverErrors()) : [];
    if (intakeKeys.length > 0) general.push({ key: 'requests.confirm.requesterProblem' });
    const atRows = requestFields(this.flow.audience).some((field) => liveServerError(this.store.draft(), this.store.serverErrors(), field));
    if (!atRows && general.length === 0)
      general.push(problem.message ? { text: problem.message } : { key: 'accounts.failure.unavailable' });
    this.general.set(general.map((message) => ({ message, controlId: intakeKeys.length > 0 ? 'confirm-change-requester' : null })));
    afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
  }

  private showUnticked(general: readonly UiMessage[]): void {
    const unticked = (this.intake?.unacknowledged() ?? []).map((candidate) => ({
      message: { key: 'people.proxy.duplicates.mustAcknowledge', params: { name: candidate.name } },
      controlId: acknowledgeId(candidate),
    }));
    this.general.set([...unticked, ...general.map((message) => ({ message, controlId: null }))]);
    afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
  }

  private showProblem(problem: ApiProblem): void {
    this.problem.set(problem);
    afterNextRender({ write: () => this.problemBox()?.nativeElement.focus() }, { injector: this.injector });
  }
}
