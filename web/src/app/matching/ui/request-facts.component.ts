import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestFacts } from '../util/request-facts';

/** A request on a volunteer's card: its categories (when known), when, the area and the center. */
@Component({
  selector: 'tsu-request-facts',
  imports: [TranslocoPipe],
  styleUrls: ['./match-ui.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="details">
      @if (facts().categories) {
        <div class="details__row">
          <dt>{{ 'matching.respond.fields.categories' | transloco }}</dt>
          <dd>{{ facts().categories }}</dd>
        </div>
      }
      <div class="details__row">
        <dt>{{ 'matching.respond.fields.when' | transloco }}</dt>
        <dd>{{ facts().when ?? ('matching.respond.whenLater' | transloco) }}</dd>
      </div>
      <div class="details__row">
        <dt>{{ 'matching.respond.fields.area' | transloco }}</dt>
        <dd>{{ facts().area ?? ('matching.noValue' | transloco) }}</dd>
      </div>
      <div class="details__row">
        <dt>{{ 'matching.respond.fields.center' | transloco }}</dt>
        <dd>{{ facts().center }}</dd>
      </div>
    </dl>
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class RequestFactsComponent {
  readonly facts = input.required<RequestFacts>();
}
