import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * The line a volunteer's list page reads out as it changes (aria-live): 「読み込んでいます…」, then
 * how many there are, or a box saying there are none with where to go instead (the content given).
 * Texts are `<keyPrefix>.loading`, `.none` and `.count` (with n).
 */
@Component({
  selector: 'tsu-list-status',
  imports: [TranslocoPipe],
  styleUrls: ['./match-ui.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div aria-live="polite">
      @if (loading()) {
        <p>{{ keyPrefix() + '.loading' | transloco }}</p>
      } @else if (count() === 0) {
        <div class="empty">
          <p>{{ keyPrefix() + '.none' | transloco }}</p>
          <p class="notice__last"><ng-content /></p>
        </div>
      } @else if (count() !== null) {
        <p>{{ keyPrefix() + '.count' | transloco: { n: count() } }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class ListStatusComponent {
  readonly keyPrefix = input.required<string>();
  readonly loading = input.required<boolean>();
  /** How many the list has once loaded; null while there is nothing to count (not loaded, or failed). */
  readonly count = input.required<number | null>();
}
