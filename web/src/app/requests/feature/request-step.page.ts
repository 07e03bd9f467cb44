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
import { form } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { todayInJapan } from '../../shared/util/calendar-date';
import { IntakeStore } from '../data-access/intake.store';
import { liveServerError, RequestFormStore } from '../data-access/request-form.store';
import { INTAKE_PROBLEM_KEYS, type IntakeProblemKey, intakeProblem } from '../util/intake-draft';
import { type RequestField, requestFields, requestProblem, requestStepFields, type RequestStep } from '../util/request-draft';
import { REQUEST_CONTROL_IDS, requestErrorMessage } from '../util/request-fields';
import { RequestContentFieldsComponent } from '../ui/request-content-fields.component';
import { RequestPlaceFieldsComponent } from '../ui/request-place-fields.component';
import { RequestScheduleFieldsComponent } from '../ui/request-schedule-fields.component';
import { areaGroupsFor } from './area-options';
import { INTAKE_CONTROL_IDS, intakeErrorMessage } from './intake-fields';
import { IntakeRequesterStepComponent } from './intake-requester-step.component';
import { type FlowStep, flowConfirmPath, flowStepPath, progressNamesOf, requestFlowOf } from './request-flow';

/**
 * The request form, one step per page, in every flow (see request-flow.ts): 「ステップ 2/4」 and
 * the list of steps at the top, a few questions, then 「次へ進む」 and 「前の画面に戻る」.
 * Problems are listed at the top, each linked to its field, and shown at the field until put
 * right. The form is bound to the flow's in-memory draft, so going back and forth keeps it.
 */
@Component({
  selector: 'tsu-request-step-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ErrorSummaryComponent,
    StepProgressComponent,
    IntakeRequesterStepComponent,
    RequestContentFieldsComponent,
    RequestScheduleFieldsComponent,
    RequestPlaceFieldsComponent,
  ],
  templateUrl: './request-step.page.html',
  styleUrl: './requests.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestStepPage {
  private readonly store = inject(RequestFormStore);
  private readonly intake = inject(IntakeStore, { optional: true });
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  private readonly transloco = inject(TranslocoService);

  protected readonly flow = requestFlowOf(this.route.snapshot);
  protected readonly step = this.route.snapshot.data['step'] as FlowStep;
  protected readonly stepIndex = this.flow.steps.indexOf(this.step);
  protected readonly last = this.stepIndex === this.flow.steps.length - 1;
  /** Came here with 「変更する」 from the confirmation page: Next goes straight back there. */
  protected readonly fromConfirm = this.route.snapshot.queryParamMap.get('from') === 'confirm';
  protected readonly previousPath = this.stepIndex > 0 ? flowStepPath(this.flow, this.flow.steps[this.stepIndex - 1]) : null;
  protected readonly lang = this.language.current;
  protected readonly staff = this.flow.audience === 'staff';
  /** The step names for the progress list, in the language shown. */
  protected readonly progressNames = computed(() => progressNamesOf(this.flow, this.lang(), this.transloco));

  protected readonly requestForm = form(this.store.draft, { name: 'request' });
  protected readonly editing = this.store.editing;

  // 依頼する団体 (members): only approved groups.
  protected readonly organisationsStatus = this.store.organisationsStatus;
  protected readonly organisationOptions = computed(() =>
    this.flow.audience === 'member'
      ? this.store.organisations().map((organisation) => ({ id: organisation.id, label: organisation.name }))
      : null,
  );
  /** A member of no approved group cannot post yet: the page says how to become one. */
  protected readonly noOrganisation = computed(
    () => this.flow.kind === 'new' && this.organisationsStatus() === 'ready' && this.store.organisations().length === 0,
  );

  protected readonly areasStatus = this.store.areasStatus;
  protected readonly areaGroups = computed(() => areaGroupsFor(this.store.areas(), this.lang(), this.requestCenterName()));
  /** The center the request belongs to: the group's, the one taking the intake, or the saved request's. */
  private readonly requestCenterName = computed(() => {
    switch (this.flow.kind) {
      case 'intake': {
        const centerId = this.intake?.draft().centerId;
        return this.store.centers().find((center) => center.id === centerId)?.nameJa ?? null;
      }
      case 'staff-edit':
        return this.editing()?.centerNameJa ?? null;
      default: {
        const organisationId = this.store.draft().organisationId;
        return this.store.organisations().find((organisation) => organisation.id === organisationId)?.centerNameJa ?? null;
      }
    }
  });

  /** After a failed 次へ: the messages then follow the fields live. */
  private readonly checked = signal(false);
  private readonly requestStep = this.step === 'requester' ? null : (this.step as RequestStep);
  private readonly fields: readonly RequestField[] = this.requestStep ? requestStepFields(this.requestStep, this.flow.audience) : [];

  protected readonly errors = computed(() => {
    const messages = {} as Record<RequestField, UiMessage | null>;
    const draft = this.store.draft();
    const context = { today: todayInJapan(), audience: this.flow.audience };
    for (const field of requestFields(this.flow.audience)) {
      const kind = this.checked() && this.fields.includes(field) ? requestProblem(draft, field, context) : null;
      const server = liveServerError(draft, this.store.serverErrors(), field);
      messages[field] = kind ? requestErrorMessage(field, kind) : server ? { text: server } : null;
    }
    return messages;
  });
  protected readonly intakeErrors = computed(() => {
    const messages = {} as Record<IntakeProblemKey, UiMessage | null>;
    const intake = this.intake;
    for (const key of INTAKE_PROBLEM_KEYS) {
      const kind = intake && this.checked() ? intakeProblem(intake.draft(), key, todayInJapan()) : null;
      const server = intake?.liveServerError(key) ?? null;
      messages[key] = kind ? intakeErrorMessage(key, kind) : server ? { text: server } : null;
    }
    return messages;
  });
  protected readonly summary = signal<readonly ErrorSummaryItem[]>([]);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  constructor() {
    if (this.flow.audience === 'member') this.store.loadOrganisations(true);
    if (this.step === 'place') {
      this.store.loadAreas();
      if (this.flow.kind === 'intake') this.store.loadCenters();
    }
    // One approved group: it is the one that asks.
    effect(() => {
      const organisations = this.store.organisations();
      untracked(() => {
        if (this.flow.kind === 'new' && organisations.length === 1 && this.store.draft().organisationId === '')
          this.requestForm.organisationId().value.set(organisations[0].id);
      });
    });
    // Another kind of 「いつ」 shows other questions: they are not flagged before 「次へ進む」.
    let kind = this.store.draft().scheduleKind;
    effect(() => {
      const now = this.store.draft().scheduleKind;
      if (now === kind) return;
      kind = now;
      untracked(() => {
        this.checked.set(false);
        this.summary.set([]);
      });
    });
    // Back from the confirmation page after the API refused something here: show it at once.
    if (this.summaryItems().length > 0) this.summary.set(this.summaryItems());
  }

  protected retryAreas(): void {
    this.store.loadAreas();
  }

  protected retryOrganisations(): void {
    this.store.loadOrganisations(true);
  }

  /** 「次へ進む」: this step must be complete; the draft is already in the store. */
  protected async next(event: Event): Promise<void> {
    event.preventDefault();
    this.checked.set(true);
    const items = this.summaryItems();
    if (items.length > 0) {
      this.summary.set(items);
      afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
      return;
    }
    this.summary.set([]);
    const next = this.fromConfirm || this.last ? flowConfirmPath(this.flow) : flowStepPath(this.flow, this.flow.steps[this.stepIndex + 1]);
    await this.router.navigateByUrl(next);
  }

  /** Every problem on this page, in page order. */
  private summaryItems(): ErrorSummaryItem[] {
    if (this.step === 'requester') {
      const errors = this.intakeErrors();
      return INTAKE_PROBLEM_KEYS.filter((key) => errors[key]).map((key) => ({
        message: errors[key] as UiMessage,
        controlId: INTAKE_CONTROL_IDS[key],
      }));
    }
    const errors = this.errors();
    return this.fields
      .filter((field) => errors[field])
      .map((field) => ({ message: errors[field] as UiMessage, controlId: REQUEST_CONTROL_IDS[field] }));
  }
}
