import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchContacts } from '@tsunagu/contracts';

/** One side of an approved match: name, then phone and email as links (or 「なし」). */
@Component({
  selector: 'tsu-contact-lines',
  imports: [TranslocoPipe],
  template: `
    {{ person().name }}<br />
    {{ 'matching.contacts.phone' | transloco }}:
    @if (person().phone; as phone) {
      <a [href]="'tel:' + phone">{{ phone }}</a>
    } @else {
      {{ 'matching.noValue' | transloco }}
    }
    <br />
    {{ 'matching.contacts.email' | transloco }}:
    @if (person().email; as email) {
      <a [href]="'mailto:' + email">{{ email }}</a>
    } @else {
      {{ 'matching.noValue' | transloco }}
    }
  `,
  // Phone and email links 48 px tall, the touch target of the rest of the page.
  styles: `
    a {
      display: inline-flex;
      align-items: center;
      min-height: 48px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContactLinesComponent {
  readonly person = input.required<MatchContacts['requester']>();
}
