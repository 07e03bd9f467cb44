import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestHistoryEntry } from '@tsunagu/contracts';
import { LanguageService } from '../../core/i18n/language.service';
import { formatDateTime } from '../../shared/util/calendar-date';
import { statusKey } from '../util/request-status';

/**
 * 「これまでの経過」: each move of the request, oldest first — when, who (coordinators see the
 * names; the API leaves them out for others), from → to, and the reason given.
 */
@Component({
  selector: 'tsu-request-history',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows().length === 0) {
      <p>{{ 'requests.history.none' | transloco }}</p>
    } @else {
      <ol class="history">
        @for (row of rows(); track $index) {
          <li class="history__item">
            <p class="history__when">{{ row.at }}</p>
            <p class="history__move">
              @if (row.fromKey) {
                {{ 'requests.history.move' | transloco: { from: (row.fromKey | transloco), to: (row.toKey | transloco) } }}
              } @else {
                {{ 'requests.history.created' | transloco: { to: (row.toKey | transloco) } }}
              }
            </p>
            @if (row.byName) {
              <p class="history__who">{{ 'requests.history.by' | transloco: { name: row.byName } }}</p>
            }
            @if (row.reason) {
              <p class="history__reason">{{ 'requests.history.reason' | transloco: { reason: row.reason } }}</p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .history {
      margin: 0 0 2rem;
      padding: 0;
      list-style: none;
      border-left: 4px solid var(--color-border-light);
    }
    .history__item {
      margin: 0 0 1rem;
      padding: 0 0 0 1rem;
    }
    .history__item p {
      margin: 0;
    }
    .history__when {
      color: var(--color-text-sub);
    }
    .history__move {
      font-weight: 700;
    }
    .history__reason {
      white-space: pre-line;
    }
  `,
})
export class RequestHistoryComponent {
  private readonly language = inject(LanguageService);
  readonly entries = input.required<readonly RequestHistoryEntry[]>();

  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.entries().map((entry) => ({
      at: formatDateTime(entry.at, lang),
      fromKey: entry.from ? statusKey(entry.from) : null,
      toKey: statusKey(entry.to),
      byName: entry.byName,
      reason: entry.reason,
    }));
  });
}
