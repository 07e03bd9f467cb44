import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@tsunagu/contracts';
import { formatCalendarDate } from '../../shared/util/calendar-date';
import type { InsuranceCover } from '../util/insurance';

/**
 * ボランティア活動保険 as it stands today, said plainly: when it does not cover today, a warning
 * box says that activities cannot be introduced and where to join; when it does, one line says
 * until when. The title carries 「注意」 in words, not colour alone.
 */
@Component({
  selector: 'tsu-insurance-notice',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @switch (cover().kind) {
      @case ('covered') {
        <p class="covered">{{ 'skills.insuranceNotice.covered' | transloco: { date: date() } }}</p>
      }
      @default {
        <div class="notice notice--warning">
          <p class="notice__title">{{ 'skills.insuranceNotice.' + cover().kind + '.title' | transloco }}</p>
          @if (cover().kind !== 'none') {
            <p>{{ 'skills.insuranceNotice.' + cover().kind + '.when' | transloco: { date: date() } }}</p>
          }
          <p class="notice__last">{{ 'skills.insuranceNotice.consequence' | transloco }}</p>
        </div>
      }
    }
  `,
  styles: `
    .covered {
      font-weight: 700;
    }
    .covered::before {
      content: '✓ ' / '';
      color: var(--color-success);
    }
    .notice__title {
      font-weight: 700;
    }
  `,
})
export class InsuranceNoticeComponent {
  readonly cover = input.required<InsuranceCover>();
  readonly lang = input.required<Locale>();

  protected readonly date = computed(() => {
    const cover = this.cover();
    const iso = cover.kind === 'covered' ? cover.until : cover.kind === 'notYet' ? cover.from : cover.kind === 'ended' ? cover.on : null;
    return iso ? formatCalendarDate(iso, this.lang()) : '';
  });
}
