import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestStep } from '../util/request-draft';
import type { SummarySection } from '../util/request-summary';

/**
 * The request's answers, one <dl> per step under its heading. With `changePaths` (the
 * confirmation page) each row has 「変更する」, which goes back to its step and returns here.
 * Sensitive notes (要配慮個人情報) are marked in words.
 */
@Component({
  selector: 'tsu-request-summary',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (section of sections(); track section.step) {
      <h2 class="summary__heading">
        {{ 'requests.steps.' + section.step | transloco }}
      </h2>
      <dl class="details">
        @for (row of section.rows; track row.field) {
          <div class="details__row" [class.details__row--change]="changePaths()" [class.details__row--sensitive]="row.sensitive">
            <dt>
              @if (row.sensitive) {
                <span class="badge">{{ 'requests.sensitive.badge' | transloco }}</span>
              }
              {{ row.labelKey | transloco }}
            </dt>
            <dd class="details__value">
              @if (row.key) {
                {{ row.key | transloco }}
              } @else if (row.text !== null) {
                {{ row.text }}
              } @else {
                {{ 'requests.summary.none' | transloco }}
              }
            </dd>
            @if (changePaths(); as paths) {
              <dd>
                <a
                  class="standalone-link"
                  [id]="'request-change-' + row.field"
                  [routerLink]="paths[section.step]"
                  [queryParams]="{ from: 'confirm' }"
                  >{{ 'requests.summary.change' | transloco }}<span class="visually-hidden">（{{ row.labelKey | transloco }}）</span></a
                >
              </dd>
            }
          </div>
        }
      </dl>
    }
  `,
  styles: `
    /* .details and its --change rows are in styles.css. */
    .details__row--sensitive {
      padding-inline: 0.75rem;
      border: 2px solid var(--color-text);
    }
    .details__value {
      white-space: pre-line;
    }
    .badge {
      display: table;
      margin-bottom: 0.25rem;
      padding: 0 0.5rem;
      color: #fff;
      background: var(--color-text);
      border-radius: 4px;
      font-size: 0.875rem;
    }
    .standalone-link {
      display: inline-flex;
      align-items: center;
      min-height: 48px;
    }
  `,
})
export class RequestSummaryComponent {
  readonly sections = input.required<readonly SummarySection[]>();
  /** The confirmation page: where each step's 「変更する」 goes. */
  readonly changePaths = input<Readonly<Record<RequestStep, string>> | null>(null);
}
