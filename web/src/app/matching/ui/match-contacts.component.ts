import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchContacts } from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { ContactLinesComponent } from './contact-lines.component';
import { ProblemTextComponent } from './problem-text.component';

/**
 * 連絡先と場所 of an approved match: 「連絡先を見る」 (each look is in the 監査ログ, so the page
 * fetches them only on request), then the other side's (or, for the coordinator, both sides')
 * phone and email and the exact place, and 「連絡先を閉じる」. The page keeps what is shown and moves
 * the focus: to `contacts-title-<match>` once shown, back to `contacts-open-<match>` once closed.
 */
@Component({
  selector: 'tsu-match-contacts',
  imports: [TranslocoPipe, ContactLinesComponent, ProblemTextComponent],
  styleUrls: ['./match-ui.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (contacts(); as c) {
      <section class="contacts" [attr.aria-labelledby]="'contacts-title-' + matchId()">
        @if (audience() === 'volunteer') {
          <h3 tabindex="-1" [id]="'contacts-title-' + matchId()">{{ 'matching.contacts.heading' | transloco }}</h3>
        } @else {
          <h4 tabindex="-1" [id]="'contacts-title-' + matchId()">{{ 'matching.contacts.heading' | transloco }}</h4>
        }
        <p class="audit-note">{{ 'matching.contacts.auditNote' | transloco }}</p>
        <dl class="details">
          <div class="details__row">
            <dt>{{ 'matching.contacts.requester' | transloco }}</dt>
            <dd><tsu-contact-lines [person]="c.requester" /></dd>
          </div>
          @if (audience() === 'coordinator') {
            <div class="details__row">
              <dt>{{ 'matching.contacts.volunteer' | transloco }}</dt>
              <dd><tsu-contact-lines [person]="c.volunteer" /></dd>
            </div>
          }
          <div class="details__row">
            <dt>{{ 'matching.contacts.address' | transloco }}</dt>
            <dd>{{ c.address ?? ('matching.contacts.noAddress' | transloco) }}</dd>
          </div>
        </dl>
        <div class="card-actions">
          <button type="button" class="button button--secondary" (click)="hide.emit()">
            {{ 'matching.contacts.hide' | transloco }}
          </button>
        </div>
      </section>
    } @else {
      <div class="card-actions">
        <button
          type="button"
          class="button button--secondary"
          [id]="'contacts-open-' + matchId()"
          [attr.aria-describedby]="audience() === 'coordinator' ? 'contacts-audit-hint-' + matchId() : 'contacts-audit-hint'"
          [attr.aria-disabled]="busy() || null"
          (click)="open.emit()"
        >
          {{ 'matching.contacts.open' | transloco }}
        </button>
      </div>
      @if (audience() === 'coordinator') {
        <p class="field__hint" [id]="'contacts-audit-hint-' + matchId()">{{ 'matching.contacts.auditHint' | transloco }}</p>
      }
      @if (problem(); as p) {
        <div class="notice notice--error" tabindex="-1" role="alert" [id]="'failure-contacts-' + matchId()">
          <p class="notice__title">{{ 'matching.contacts.failed' | transloco }}</p>
          <tsu-problem-text [problem]="p" />
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .audit-note {
      font-weight: 700;
    }
    .audit-note::before {
      content: '● ' / '';
    }
    .contacts h4 {
      margin: 1rem 0 0.5rem;
    }
  `,
})
export class MatchContactsComponent {
  readonly matchId = input.required<string>();
  /** What the API returned for 「連絡先を見る」; null: not shown (the button instead). */
  readonly contacts = input.required<MatchContacts | null>();
  /**
   * Who is looking. The coordinator (console, cards headed h3): both sides' contacts under an h4,
   * and under each button that looking is logged (`contacts-audit-hint-<match>`, which describes
   * the button). The volunteer (あなたのマッチング, cards headed h2):
   * those of the person who asked under an h3; the page says once, above the list, that looking is
   * logged (`contacts-audit-hint`, which the button is described by).
   */
  readonly audience = input.required<'coordinator' | 'volunteer'>();
  /** 「連絡先を見る」 was pressed and the answer is awaited. */
  readonly busy = input(false);
  /** Why 「連絡先を見る」 failed, shown under it. */
  readonly problem = input<ApiProblem | null>(null);

  readonly open = output<void>();
  readonly hide = output<void>();
}
