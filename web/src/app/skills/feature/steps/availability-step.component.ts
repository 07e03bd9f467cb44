import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Locale, SKILL_PROFILE_LIMITS, type WeeklySlot } from '@tsunagu/contracts';
import type { UiMessage } from '../../../shared/ui/ui-message';
import { todayInJapan } from '../../../shared/util/calendar-date';
import { SkillProfileStore } from '../../data-access/skill-profile.store';
import { addDateOff, type DateOffProblem } from '../../util/skill-draft';
import { formatDateOff } from '../../util/skill-labels';
import { WeeklySlotsComponent } from '../../ui/weekly-slots.component';

/**
 * Step 3 「活動できる日時」: a table of the week, one row a day (月〜日, row headers) and one column
 * a time of day (午前・午後・夜, column headers), a checkbox in each cell named 「月曜日の午前」;
 * then the dates the person cannot take part, added one at a time (和暦 understood).
 */
@Component({
  selector: 'tsu-availability-step',
  imports: [TranslocoPipe, WeeklySlotsComponent],
  templateUrl: './availability-step.component.html',
  styleUrls: ['./steps.css', './availability-step.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AvailabilityStepComponent {
  private readonly store = inject(SkillProfileStore);

  readonly errors = input.required<Readonly<Record<string, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly maxDatesOff = SKILL_PROFILE_LIMITS.maxDatesOff;
  protected readonly draft = this.store.draft;
  protected readonly datesOff = computed(() => this.store.draft().datesOff.map((iso) => ({ iso, label: formatDateOff(iso, this.lang()) })));

  /** The date being typed, and what is wrong with it after 「追加する」. */
  protected readonly dateInput = signal('');
  protected readonly dateProblem = signal<DateOffProblem | null>(null);
  /** Read out after a date is added or removed. */
  protected readonly announcement = signal<{ key: string; date: string } | null>(null);

  protected setSlots(weeklySlots: WeeklySlot[]): void {
    this.store.draft.update((draft) => ({ ...draft, weeklySlots }));
  }

  protected typed(event: Event): void {
    this.dateInput.set((event.target as HTMLInputElement).value);
  }

  /** 「追加する」 (or Enter in the date field, which must not send the whole step). */
  protected addDate(event?: Event): void {
    event?.preventDefault();
    const outcome = addDateOff(this.store.draft().datesOff, this.dateInput(), todayInJapan());
    if ('problem' in outcome) {
      this.dateProblem.set(outcome.problem);
      return;
    }
    const added = outcome.dates.find((date) => !this.store.draft().datesOff.includes(date)) ?? '';
    this.store.draft.update((draft) => ({ ...draft, datesOff: outcome.dates }));
    this.dateInput.set('');
    this.dateProblem.set(null);
    this.announcement.set({ key: 'skills.step.availability.datesOff.added', date: formatDateOff(added, this.lang()) });
  }

  protected removeDate(iso: string): void {
    this.store.draft.update((draft) => ({ ...draft, datesOff: draft.datesOff.filter((date) => date !== iso) }));
    this.announcement.set({ key: 'skills.step.availability.datesOff.removed', date: formatDateOff(iso, this.lang()) });
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }
}
