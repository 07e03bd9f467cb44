import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@tsunagu/contracts';
import type { UiMessage } from '../../shared/ui/ui-message';
import { WeeklySlotsComponent } from '../../skills/ui/weekly-slots.component';
import { type RequestDraft, type RequestField, SCHEDULE_KINDS } from '../util/request-draft';
import { REQUEST_CONTROL_IDS } from '../util/request-fields';
import { formatScheduleDate } from '../util/request-schedule';

/**
 * 「いつ」: 日時を決める (a date with start and end times), 毎週 (a week grid of days × 午前・午後・夜,
 * from a date, until a date if it ends), or 期間内のどこかで (from – until). The answers of the
 * kind chosen show under the choice. Dates are read back in words (「2026年12月5日（土）」).
 */
@Component({
  selector: 'tsu-request-schedule-fields',
  imports: [FormField, NgTemplateOutlet, TranslocoPipe, WeeklySlotsComponent],
  templateUrl: './request-schedule-fields.component.html',
  styleUrls: ['./request-form.css', './request-schedule-fields.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestScheduleFieldsComponent {
  readonly form = input.required<FieldTree<RequestDraft>>();
  readonly errors = input.required<Readonly<Record<RequestField, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly ids = REQUEST_CONTROL_IDS;
  protected readonly kinds = SCHEDULE_KINDS;
  protected readonly kind = computed(() => this.form().scheduleKind().value());
  /** The dates as they will be read: 「2026年12月5日（土）」. */
  protected readonly readings = computed(() => {
    const lang = this.lang();
    const read = (value: string) => (value ? formatScheduleDate(value, lang) : null);
    return { date: read(this.form().date().value()), from: read(this.form().from().value()), until: read(this.form().until().value()) };
  });

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }
}
