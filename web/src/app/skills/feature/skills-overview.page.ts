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
import { form, FormField, required, schema } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AccessReason, PERSON_LIMITS } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ACCESS_REASONS, accessQueryOf, isAccessReason, reasonNoteProblem } from '../../people/util/people-query';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatDay, todayInJapan } from '../../shared/util/calendar-date';
import { SkillProfileStore, subjectKey } from '../data-access/skill-profile.store';
import { InsuranceNoticeComponent } from '../ui/insurance-notice.component';
import { SkillSummaryComponent } from '../ui/skill-summary.component';
import { insuranceCover } from '../util/insurance';
import { registrationStatus, resumeStep, SKILL_STEPS, stepNumberOf } from '../util/skill-draft';
import { flowOf, homePath, STEP_NAME_KEYS, stepPath } from './skill-flow';

interface ReasonDraft {
  reason: AccessReason | '';
  /** With 「その他」: why, in the staff member's own words. */
  note: string;
}
const reasonSchema = schema<ReasonDraft>((path) => required(path.reason));

/** What the person record page passes along (history state): the name, and the reason already given. */
interface ArrivedFrom {
  personName?: unknown;
  reason?: unknown;
  reasonNote?: unknown;
}

/**
 * The first page of 特技バンクの登録. For the resident (/me/skills): where the registration stands
 * (未登録 / 途中まで保存 / 登録済み), and the way to start, resume at the saved step, or change it.
 * For a coordinator (/staff/people/:id/skills): first why the record is opened (kept in the
 * 監査ログ, like 住民の詳細), then the same for that person, to fill in by proxy.
 */
@Component({
  selector: 'tsu-skills-overview-page',
  imports: [
    FormField,
    RouterLink,
    TranslocoPipe,
    ErrorSummaryComponent,
    TextFieldComponent,
    SkillSummaryComponent,
    InsuranceNoticeComponent,
  ],
  templateUrl: './skills-overview.page.html',
  styleUrl: './skills.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsOverviewPage {
  private readonly store = inject(SkillProfileStore);
  private readonly injector = inject(Injector);
  /** During the navigation from 住民の詳細, or from the history entry after a reload. */
  private readonly arrived = (inject(Router).currentNavigation()?.extras.state ??
    inject(DOCUMENT).defaultView?.history.state ??
    {}) as ArrivedFrom;

  protected readonly flow = flowOf(inject(ActivatedRoute).snapshot);
  protected readonly lang = inject(LanguageService).current;
  protected readonly home = homePath(this.flow);
  protected readonly stepNames = STEP_NAME_KEYS;
  protected readonly firstStepPath = stepPath(this.flow, SKILL_STEPS[0]);

  protected readonly personName = this.store.personName;
  protected readonly draft = this.store.draft;
  protected readonly areas = this.store.areas;
  protected readonly profile = this.store.profile;
  /** The coordinator has not said why yet (or this person's profile is not at hand). */
  protected readonly askingReason = signal(this.flow.subject.kind === 'person' && !this.store.isReady(this.flow.subject));
  protected readonly loadedStatus = computed(() => (this.store.key() === subjectKey(this.flow.subject) ? this.store.status() : 'idle'));
  protected readonly problem = signal<ApiProblem | null>(null);

  protected readonly status = computed(() => registrationStatus(this.profile()));
  protected readonly resume = computed(() => resumeStep(this.draft(), this.profile()?.step ?? 1));
  protected readonly resumeNumber = computed(() => stepNumberOf(this.resume()));
  protected readonly resumePath = computed(() => stepPath(this.flow, this.resume()));
  protected readonly registeredOn = computed(() => {
    const at = this.profile()?.registeredAt;
    return at ? formatDay(at, this.lang()) : null;
  });
  protected readonly cover = computed(() => insuranceCover(this.profile()?.insurance ?? null, todayInJapan()));

  // 閲覧の理由 (staff only), as on 住民の詳細: with 「その他」, the reason in the staff member's own words.
  protected readonly reasons = ACCESS_REASONS;
  protected readonly noteMax = PERSON_LIMITS.reasonMaxLength;
  protected readonly reasonForm = form(
    signal<ReasonDraft>({
      reason: isAccessReason(this.arrived.reason) ? this.arrived.reason : '',
      note: typeof this.arrived.reasonNote === 'string' ? this.arrived.reasonNote : '',
    }),
    reasonSchema,
    { name: 'reason' },
  );
  protected readonly otherChosen = computed(() => this.reasonForm.reason().value() === AccessReason.Other);
  private readonly reasonProblems = new FormProblems<'reason' | 'note'>({
    fields: ['reason', 'note'],
    controlIds: { reason: `skill-reason-${ACCESS_REASONS[0]}`, note: 'skill-reason-other' },
    problem: (field) => (field === 'reason' ? this.reasonProblem() : this.noteProblem()),
  });
  protected readonly reasonErrors = this.reasonProblems.errors;
  protected readonly summary = this.reasonProblems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly personHeading = viewChild<ElementRef<HTMLElement>>('personHeading');

  constructor() {
    if (this.flow.subject.kind === 'self') void this.loadMine();
    else if (!this.askingReason() && typeof this.arrived.personName === 'string') this.store.personName.set(this.arrived.personName);
    this.store.loadAreas();
  }

  protected async loadMine(): Promise<void> {
    this.problem.set(null);
    const outcome = await this.store.loadMine();
    if (outcome.kind !== 'loaded') this.showProblem(outcome);
  }

  /** 「内容を表示する」: with a reason, GET /api/people/:id/skill-profile?reason=…. */
  protected async open(event: Event): Promise<void> {
    event.preventDefault();
    if (this.flow.subject.kind !== 'person' || this.loadedStatus() === 'loading') return;
    this.reasonForm.reason().markAsTouched();
    const { reason, note } = this.reasonForm().value();
    if (this.reasonProblems.show() > 0 || reason === '') {
      this.afterRender(() => this.summaryBox()?.focus());
      return;
    }
    this.reasonProblems.clear();
    this.problem.set(null);
    const outcome = await this.store.loadPerson(this.flow.subject.personId, accessQueryOf(reason, note));
    if (outcome.kind === 'loaded') {
      if (typeof this.arrived.personName === 'string') this.store.personName.set(this.arrived.personName);
      this.askingReason.set(false);
      this.afterRender(() => this.personHeading()?.nativeElement.focus());
    } else {
      this.showProblem(outcome);
    }
  }

  private reasonProblem(): UiMessage | null {
    return this.reasonForm.reason().errors().length > 0 ? { key: 'people.detail.reasonRequired' } : null;
  }

  private noteProblem(): UiMessage | null {
    const { reason, note } = this.reasonForm().value();
    const kind = reasonNoteProblem(reason, note);
    return kind ? { key: `people.detail.reasonNote.errors.${kind}`, params: { max: PERSON_LIMITS.reasonMaxLength } } : null;
  }

  /** A 404 (or an address that is not a record's at all) reads as "not found". */
  protected notFound(problem: ApiProblem): boolean {
    return problem.kind === 'refused' && (problem.status === 404 || problem.status === 400);
  }

  private showProblem(problem: ApiProblem): void {
    this.problem.set(problem);
    this.afterRender(() => this.problemBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
