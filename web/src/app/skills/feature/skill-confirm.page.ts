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
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestFailure } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { todayInJapan } from '../../shared/util/calendar-date';
import { SkillProfileStore } from '../data-access/skill-profile.store';
import { InsuranceNoticeComponent } from '../ui/insurance-notice.component';
import { SkillSummaryComponent } from '../ui/skill-summary.component';
import { draftInsuranceCover, serverErrorsOf, SKILL_STEPS, type SkillStep, stepNumberOf } from '../util/skill-draft';
import { donePath, flowOf, stepPath } from './skill-flow';

/**
 * 特技バンクの登録 「入力内容の確認」: everything from the five steps, each with 「変更する」, the
 * insurance warning if it does not cover today, then 「この内容で登録する」 (PUT submit:true). When
 * the API refuses something, its message shows in that step's section and in the summary, which
 * links to the step's 「変更する」.
 */
@Component({
  selector: 'tsu-skill-confirm-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummaryComponent, SkillSummaryComponent, InsuranceNoticeComponent],
  templateUrl: './skill-confirm.page.html',
  styleUrl: './skills.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillConfirmPage {
  private readonly store = inject(SkillProfileStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly flow = flowOf(inject(ActivatedRoute).snapshot);
  protected readonly lang = this.language.current;
  protected readonly draft = this.store.draft;
  protected readonly areas = this.store.areas;
  protected readonly personName = this.store.personName;
  protected readonly lastStepPath = stepPath(this.flow, SKILL_STEPS[SKILL_STEPS.length - 1]);
  protected readonly cover = computed(() => draftInsuranceCover(this.draft(), todayInJapan()));

  protected readonly sending = signal(false);
  protected readonly failure = signal<RequestFailure | null>(null);
  /** The API's messages per step, as the summary component shows them. */
  protected readonly messages = computed(() => {
    const byStep: Partial<Record<SkillStep, UiMessage[]>> = {};
    for (const [step, errors] of Object.entries(this.store.serverErrors()) as [SkillStep, Record<string, string>][]) {
      byStep[step] = Object.values(errors).map((text) => ({ text }));
    }
    return byStep;
  });
  protected readonly summary = signal<readonly ErrorSummaryItem[]>([]);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  constructor() {
    // The area names for 「地域と移動」.
    this.store.loadAreas();
  }

  /** 「この内容で登録する」. */
  protected async register(): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.summary.set([]);
    const draft = this.draft();
    const outcome = await this.store.save(this.flow.subject, stepNumberOf(SKILL_STEPS[SKILL_STEPS.length - 1]), true);
    this.sending.set(false);
    if (outcome.kind === 'saved') {
      await this.router.navigateByUrl(donePath(this.flow));
      return;
    }
    if (outcome.kind === 'failed') {
      this.failure.set(outcome.reason);
      afterNextRender({ write: () => this.failureBox()?.nativeElement.focus() }, { injector: this.injector });
      return;
    }
    // 400: per step, linked to its 「変更する」; anything about no one field, or 401/403/404, as it is.
    const { errors, general } = serverErrorsOf(outcome.fields, draft);
    const items: ErrorSummaryItem[] = SKILL_STEPS.flatMap((step) =>
      Object.values(errors[step] ?? {}).map((text) => ({ message: { text }, controlId: `skill-change-${step}` })),
    );
    for (const text of general) items.push({ message: { text }, controlId: null });
    if (items.length === 0)
      items.push({ message: outcome.message ? { text: outcome.message } : { key: 'accounts.failure.unavailable' }, controlId: null });
    this.summary.set(items);
    afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
  }
}
