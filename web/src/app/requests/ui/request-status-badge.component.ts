import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestStatus } from '@tsunagu/contracts';
import { STATUS_MARKS, statusKey, statusTone } from '../util/request-status';

/** 「● 受付待ち」: where a request stands, in words, with a mark and a frame (never colour alone). */
@Component({
  selector: 'tsu-request-status-badge',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="status" [class]="'status status--' + tone()"
    ><span class="status__mark" aria-hidden="true">{{ mark() }}</span>
    @if (label()) {
      <span class="visually-hidden">{{ label() }}</span>
    }
    {{ key() | transloco }}</span
  >`,
  styles: `
    .status {
      display: inline-flex;
      align-items: center;
      gap: 0.25rem;
      padding: 0 0.625rem;
      border: 2px solid currentColor;
      border-radius: 999px;
      font-weight: 700;
      line-height: 1.8;
      white-space: nowrap;
    }
    .status--draft {
      color: var(--color-text-sub);
      border-style: dashed;
    }
    .status--waiting {
      color: #8a4b00;
      background: #fff5e5;
    }
    .status--active {
      color: var(--color-primary);
      background: var(--color-bg-hover);
    }
    .status--success {
      color: var(--color-success);
      background: #e6f5ec;
    }
    .status--ended {
      color: var(--color-text);
      background: var(--color-bg-sub);
    }
  `,
})
export class RequestStatusBadgeComponent {
  readonly status = input.required<RequestStatus>();
  /** Words read before the status (「状況：」) where the badge stands alone. */
  readonly label = input<string | null>(null);

  protected readonly key = computed(() => statusKey(this.status()));
  protected readonly tone = computed(() => statusTone(this.status()));
  protected readonly mark = computed(() => STATUS_MARKS[this.tone()]);
}
