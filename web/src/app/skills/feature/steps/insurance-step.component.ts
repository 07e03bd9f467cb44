import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Locale, SKILL_PROFILE_LIMITS } from '@tsunagu/contracts';
import { TextFieldComponent } from '../../../shared/ui/text-field.component';
import type { UiMessage } from '../../../shared/ui/ui-message';
import { formatCalendarDate, parseDateInput, todayInJapan } from '../../../shared/util/calendar-date';
import { SkillProfileStore } from '../../data-access/skill-profile.store';
import { InsuranceNoticeComponent } from '../../ui/insurance-notice.component';
import { fiscalYearEnd, fiscalYearLabel, fiscalYearStart, INSURANCE_PLANS, insuranceFiscalYearChoices } from '../../util/insurance';
import { draftInsuranceCover, type SkillDraft } from '../../util/skill-draft';
import { formatDateOff } from '../../util/skill-labels';

/**
 * Step 5 「保険と公開」: ボランティア活動保険 (plan, 年度 in 令和 and Western years, cover start),
 * with a plain warning whenever it does not cover today; and whether to appear in the public
 * listing under a nickname, saying exactly what is shown and what never is.
 */
@Component({
  selector: 'tsu-insurance-step',
  imports: [FormField, TranslocoPipe, TextFieldComponent, InsuranceNoticeComponent],
  templateUrl: './insurance-step.component.html',
  styleUrls: ['./steps.css', './insurance-step.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InsuranceStepComponent {
  private readonly store = inject(SkillProfileStore);

  readonly form = input.required<FieldTree<SkillDraft>>();
  readonly errors = input.required<Readonly<Record<string, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly draft = this.store.draft;
  protected readonly plans = INSURANCE_PLANS;
  protected readonly nicknameMax = SKILL_PROFILE_LIMITS.nicknameMaxLength;
  protected readonly years = computed(() => {
    const saved = /^\d{4}$/.test(this.draft().insuranceFiscalYear) ? Number(this.draft().insuranceFiscalYear) : null;
    return insuranceFiscalYearChoices(todayInJapan(), saved).map((year) => ({
      value: String(year),
      label: fiscalYearLabel(year, this.lang()),
    }));
  });
  /** The chosen 年度 as dates: 「2026年4月1日（水）から2027年3月31日（水）まで」. */
  protected readonly period = computed(() => {
    const year = this.draft().insuranceFiscalYear;
    if (!/^\d{4}$/.test(year)) return null;
    return { from: formatDateOff(fiscalYearStart(Number(year)), this.lang()), to: formatDateOff(fiscalYearEnd(Number(year)), this.lang()) };
  });
  /** The cover start as it will be saved, so a slip (令和 for 平成, 2062) shows at once. */
  protected readonly coverStartReading = computed(() => {
    const iso = parseDateInput(this.draft().insuranceCoverStart);
    return iso ? formatCalendarDate(iso, this.lang()) : null;
  });
  protected readonly cover = computed(() => draftInsuranceCover(this.draft(), todayInJapan()));

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }
}
