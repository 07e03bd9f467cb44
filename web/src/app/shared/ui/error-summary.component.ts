import { ChangeDetectionStrategy, Component, DOCUMENT, type ElementRef, inject, input, viewChild } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UiMessage } from './ui-message';

export interface ErrorSummaryItem {
  message: UiMessage;
  /** id of the control to focus; null for a problem that belongs to no one field. */
  controlId: string | null;
}

/**
 * 「入力内容を確認してください」: the box at the top of a form listing every problem, each a link
 * that takes the visitor to its field. The form focuses it after a failed submit.
 */
@Component({
  selector: 'tsu-error-summary',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #box class="error-summary" tabindex="-1">
      <div role="alert">
        <h2 id="error-summary-title" class="error-summary__title">{{ 'form.errorSummaryTitle' | transloco }}</h2>
        <ul class="error-summary__list">
          @for (item of items(); track $index) {
            <li>
              @if (item.controlId; as id) {
                <a class="error-summary__link" [href]="'#' + id" (click)="goTo($event, id)">{{
                  item.message.text ?? (item.message.key | transloco: item.message.params)
                }}</a>
              } @else {
                {{ item.message.text ?? (item.message.key | transloco: item.message.params) }}
              }
            </li>
          }
        </ul>
      </div>
    </div>
  `,
  styles: `
    .error-summary {
      margin: 0 0 2rem;
      padding: 1rem 1.25rem;
      border: 4px solid var(--color-error);
      border-radius: 8px;
      background: #fff;
    }
    .error-summary:focus {
      outline: 4px solid var(--color-focus);
      outline-offset: 2px;
      box-shadow: 0 0 0 2px var(--color-focus-halo);
    }
    .error-summary__title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .error-summary__list {
      margin: 0;
      padding-left: 1.25em;
    }
    .error-summary__list li {
      margin: 0;
    }
    .error-summary__link,
    .error-summary__link:visited {
      display: block;
      min-height: 48px;
      padding-block: 0.625rem;
      color: var(--color-error);
      font-weight: 700;
    }
    .error-summary__link:hover {
      color: var(--color-text);
    }
  `,
})
export class ErrorSummaryComponent {
  private readonly document = inject(DOCUMENT);
  private readonly box = viewChild.required<ElementRef<HTMLElement>>('box');

  readonly items = input.required<readonly ErrorSummaryItem[]>();

  focus(): void {
    this.box().nativeElement.focus();
  }

  /** Scroll so the field's label (or legend) shows above the control, then focus the control. */
  protected goTo(event: Event, controlId: string): void {
    event.preventDefault();
    const control = this.document.getElementById(controlId);
    if (!control) return;
    const caption =
      control.closest('fieldset')?.querySelector('legend') ?? this.document.querySelector(`label[for="${controlId}"]`) ?? control;
    caption.scrollIntoView({ block: 'start' });
    control.focus({ preventScroll: true });
  }
}
