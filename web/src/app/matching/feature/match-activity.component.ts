import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ActivityShown } from '../util/match-labels';
import { ActivityFormComponent } from './activity-form.component';

/**
 * 活動記録 on an approved match's card, the same on the coordinator's console and on あなたのマッチング:
 * the record once there is one; else the form while it is open; else 「活動を記録する」 from the
 * activity's day; else when that will be. The page opens and closes the form (one at a time) and
 * moves the focus: to `activity-done-<match>` or a notice once recorded, back to
 * `activity-open-<match>` when cancelled.
 */
@Component({
  selector: 'tsu-match-activity',
  imports: [TranslocoPipe, ActivityFormComponent],
  styleUrls: ['../ui/match-ui.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (activity(); as a) {
      <p class="activity-done" tabindex="-1" [id]="'activity-done-' + matchId()">
        <span class="state__mark" aria-hidden="true">{{ a.mark }}</span>
        {{
          'matching.activity.recorded.' + a.outcome
            | transloco: { date: a.date, hours: a.hours, name: a.by ?? ('matching.activity.someone' | transloco) }
        }}
      </p>
      @if (a.notes) {
        <p class="activity-notes">{{ 'matching.activity.notesShown' | transloco: { notes: a.notes } }}</p>
      }
    } @else if (formOpen()) {
      <tsu-activity-form
        [matchId]="matchId()"
        [who]="who()"
        [defaultDate]="defaultDate()"
        [idPrefix]="'activity-' + matchId()"
        (recorded)="recorded.emit()"
        (cancelled)="cancelled.emit()"
      />
    } @else if (canRecord()) {
      <div class="card-actions">
        <button
          type="button"
          class="button button--secondary"
          [id]="'activity-open-' + matchId()"
          [attr.aria-describedby]="cardTitleId()"
          (click)="open.emit()"
        >
          {{ 'matching.activity.open' | transloco }}
        </button>
      </div>
    } @else {
      <p>{{ 'matching.activity.afterTheDay' | transloco }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .activity-done {
      font-weight: 700;
    }
  `,
})
export class MatchActivityComponent {
  readonly matchId = input.required<string>();
  /** Whose activity the form names: the volunteer (console) or the request's title (あなたのマッチング). */
  readonly who = input.required<string>();
  /** The id of the card's heading, which 「活動を記録する」 is described by. */
  readonly cardTitleId = input.required<string>();
  readonly activity = input.required<ActivityShown | null>();
  readonly formOpen = input.required<boolean>();
  /** From the activity's day (canRecordActivity). */
  readonly canRecord = input.required<boolean>();
  /** YYYY-MM-DD the form starts with. */
  readonly defaultDate = input.required<string>();

  readonly open = output<void>();
  readonly recorded = output<void>();
  readonly cancelled = output<void>();
}
