import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { form } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { SkillProfileStatus } from '@tsunagu/contracts';
import type { RequestFailure } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { SkillProfileStore } from '../data-access/skill-profile.store';
import { type CheckMode, SKILL_STEPS, type SkillProblemKey, type SkillStep, skillStepProblems, stepNumberOf } from '../util/skill-draft';
import { confirmPath, controlIdOf, flowOf, problemMessage, savedPath, STEP_NAME_KEYS, stepPath } from './skill-flow';
import { AvailabilityStepComponent } from './steps/availability-step.component';
import { InsuranceStepComponent } from './steps/insurance-step.component';
import { PlacesStepComponent } from './steps/places-step.component';
import { QualificationsStepComponent } from './steps/qualifications-step.component';
import { SkillsStepComponent } from './steps/skills-step.component';

/**
 * 特技バンクの登録, one step per page (…/step/1 … …/step/5), for the resident and for 代理入力:
 * 「ステップ 2/5」 and the list of steps at the top, a few questions, then 「次へ進む」 and 「戻る」,
 * and 「途中で保存して、あとで続ける」, which saves a draft (PUT submit:false) to come back to
 * this step later. Problems are listed at the top, each linked to its field.
 */
@Component({
  selector: 'tsu-skill-step-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ErrorSummaryComponent,
    StepProgressComponent,
    SkillsStepComponent,
    QualificationsStepComponent,
    AvailabilityStepComponent,
    PlacesStepComponent,
    InsuranceStepComponent,
  ],
  templateUrl: './skill-step.page.html',
  styleUrl: './skills.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillStepPage {
  private readonly store = inject(SkillProfileStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);

  protected readonly flow = flowOf(this.route.snapshot);
  protected readonly step = this.route.snapshot.data['step'] as SkillStep;
  protected readonly stepIndex = SKILL_STEPS.indexOf(this.step);
  protected readonly stepNames = STEP_NAME_KEYS;
  protected readonly last = this.stepIndex === SKILL_STEPS.length - 1;
  /** Came here with 「変更する」 from the confirmation page: Next goes straight back there. */
  protected readonly fromConfirm = this.route.snapshot.queryParamMap.get('from') === 'confirm';
  protected readonly previousPath = this.stepIndex > 0 ? stepPath(this.flow, SKILL_STEPS[this.stepIndex - 1]) : null;
  protected readonly lang = this.language.current;
  protected readonly personName = this.store.personName;

  protected readonly skillForm = form(this.store.draft, { name: 'skill' });
  /** A registered profile is changed by registering again: no draft in between. */
  protected readonly canSaveForLater = computed(() => this.store.profile()?.status !== SkillProfileStatus.Active);

  /** After a failed 次へ or 保存: which checks apply; the messages then follow the fields live. */
  private readonly checked = signal<CheckMode | null>(null);
  private readonly problems = computed(() => {
    const mode = this.checked();
    return mode ? skillStepProblems(this.store.draft(), this.step, mode) : [];
  });
  /** The API's messages for this step (from the last save), until the step is sent again. */
  private readonly serverMessages = computed(() => this.store.serverErrors()[this.step] ?? {});

  protected readonly errors = computed(() => {
    const messages: Record<string, UiMessage | null> = {};
    for (const [key, text] of Object.entries(this.serverMessages())) messages[key] = { text };
    // A check here wins over the API's older word on the same field.
    for (const problem of this.problems()) messages[problem.key] = problemMessage(problem, this.lang());
    return messages;
  });
  protected readonly summary = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly saving = signal(false);
  protected readonly failure = signal<RequestFailure | 'refused' | null>(null);
  protected readonly failureText = signal<string | null>(null);

  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    // Back from the confirmation page after the API refused something here: show it at once.
    if (Object.keys(this.serverMessages()).length > 0) this.summary.set(this.summaryItems());
  }

  /** 「次へ進む」: this step must be complete; the draft is already in the store. */
  protected async next(event: Event): Promise<void> {
    event.preventDefault();
    this.checked.set('next');
    this.failure.set(null);
    if (this.problems().length > 0) return this.showSummary();
    this.store.clearServerErrors(this.step);
    this.summary.set([]);
    const next = this.fromConfirm || this.last ? confirmPath(this.flow) : stepPath(this.flow, SKILL_STEPS[this.stepIndex + 1]);
    await this.router.navigateByUrl(next);
  }

  /** 「途中で保存して、あとで続ける」: what is filled in so far, as a draft at this step. */
  protected async saveForLater(): Promise<void> {
    if (this.saving()) return;
    this.checked.set('save');
    this.failure.set(null);
    if (this.problems().length > 0) return this.showSummary();
    this.saving.set(true);
    const outcome = await this.store.save(this.flow.subject, stepNumberOf(this.step), false);
    this.saving.set(false);
    if (outcome.kind === 'saved') {
      await this.router.navigateByUrl(savedPath(this.flow));
    } else if (outcome.kind === 'refused' && outcome.status === 400) {
      this.showSummary();
    } else if (outcome.kind === 'refused') {
      this.failure.set('refused');
      this.failureText.set(outcome.message);
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    } else {
      this.failure.set(outcome.reason);
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    }
  }

  private showSummary(): void {
    this.summary.set(this.summaryItems());
    this.afterRender(() => this.summaryBox()?.focus());
  }

  /** Every problem on this page, in page order (the client's checks first, then the API's). */
  private summaryItems(): ErrorSummaryItem[] {
    const firstArea = this.store.areas()[0]?.id ?? null;
    const errors = this.errors();
    const keys = [...this.problems().map((problem) => problem.key), ...(Object.keys(this.serverMessages()) as SkillProblemKey[])];
    return [...new Set(keys)]
      .filter((key) => errors[key])
      .map((key) => ({ message: errors[key] as UiMessage, controlId: controlIdOf(key, firstArea) }));
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
