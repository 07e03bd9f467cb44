import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DayPeriod, Weekday, WeeklySlot } from '@tsunagu/contracts';
import { DAY_PERIODS, slotGrid, toggleSlot } from '../util/weekly-slots';

/**
 * 曜日と時間帯 as a table: a day a row, a time of day a column, a checkbox in each cell (the whole
 * cell is the target), named by its row and column. In a focusable region that scrolls sideways on
 * a phone, labelled by the page's heading. Used for a volunteer's week and a weekly request.
 */
@Component({
  selector: 'tsu-weekly-slots',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-region slots-region" role="region" tabindex="0" [attr.aria-labelledby]="labelledBy()">
      <table class="slots" [attr.aria-describedby]="describedBy()">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'skills.step.availability.slots.day' | transloco }}</th>
            @for (period of periods; track period) {
              <th scope="col">
                {{ 'skills.periods.' + period | transloco }}
                <span class="slots__time">{{ 'skills.periodTimes.' + period | transloco }}</span>
              </th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of grid(); track row.day) {
            <tr>
              <th scope="row">{{ 'skills.days.' + row.day | transloco }}</th>
              @for (cell of row.cells; track cell.period) {
                <td>
                  <label class="slot" [for]="idBase() + '-slot-' + row.day + '-' + cell.period">
                    <input
                      class="choice__input"
                      type="checkbox"
                      [id]="idBase() + '-slot-' + row.day + '-' + cell.period"
                      [checked]="cell.checked"
                      [attr.aria-invalid]="invalid() ? 'true' : null"
                      (change)="toggle(row.day, cell.period, $event)"
                    />
                    <span class="visually-hidden">{{
                      'skills.step.availability.slots.cell'
                        | transloco: { day: ('skills.days.' + row.day | transloco), period: ('skills.periods.' + cell.period | transloco) }
                    }}</span>
                  </label>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .slots-region {
      margin-bottom: 2rem;
    }
    .slots {
      width: 100%;
      border-collapse: collapse;
    }
    .slots th,
    .slots td {
      padding: 0;
      text-align: center;
      border: 1px solid var(--color-border-light);
    }
    .slots thead th {
      padding: 0.5rem;
      border-bottom: 2px solid var(--color-text);
      line-height: 1.4;
    }
    .slots tbody th {
      padding: 0 0.75rem;
      text-align: left;
      white-space: nowrap;
    }
    .slots__time {
      display: block;
      font-size: 0.875rem;
      font-weight: 400;
      color: var(--color-text-sub);
    }
    /* The whole cell is the target: at least 56 px square. */
    .slot {
      display: flex;
      align-items: center;
      justify-content: center;
      min-width: 56px;
      min-height: 56px;
      cursor: pointer;
    }
    .slot:hover {
      background: var(--color-bg-hover);
    }
    .slot:has(:checked) {
      background: #e8f1fe;
    }
  `,
})
export class WeeklySlotsComponent {
  readonly slots = input.required<readonly WeeklySlot[]>();
  /** The checkboxes are `<idBase>-slot-<day>-<period>`. */
  readonly idBase = input.required<string>();
  /** Already translated: what the table holds, for screen readers. */
  readonly caption = input.required<string>();
  /** The heading that names the region. */
  readonly labelledBy = input.required<string>();
  /** The hint (and error) that describe the table. */
  readonly describedBy = input<string | null>(null);
  readonly invalid = input(false);
  /** The whole week after a box was ticked or cleared, in grid order. */
  readonly slotsChange = output<WeeklySlot[]>();

  protected readonly periods = DAY_PERIODS;
  protected readonly grid = computed(() => slotGrid(this.slots()));

  protected toggle(day: Weekday, period: DayPeriod, event: Event): void {
    this.slotsChange.emit(toggleSlot(this.slots(), day, period, (event.target as HTMLInputElement).checked));
  }
}
