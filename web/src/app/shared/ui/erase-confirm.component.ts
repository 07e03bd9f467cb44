import { ChangeDetectionStrategy, Component, type ElementRef, input, output, viewChild } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { FieldErrorComponent, FieldMarkComponent } from './field-parts.component';
import type { UiMessage } from './ui-message';

/** The words of one erase panel, already translated. */
export interface EraseConfirmTexts {
  title: string;
  /** Next to the box to tick: who asked for it, that it cannot be undone. */
  confirm: string;
  submit: string;
  busy: string;
  cancel: string;
}

/**
 * 「登録を削除する」 before it happens: a red panel titled with what is about to go, what it erases
 * and keeps (projected), a box to tick (※必須), then the red button and 「やめる」. The page calls
 * focus() when it opens the panel, so a screen reader starts at its title.
 */
@Component({
  selector: 'section[tsu-erase-confirm]',
  imports: [FormField, FieldErrorComponent, FieldMarkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[attr.aria-labelledby]': "idBase() + '-title'" },
  template: `
    <h4 #heading class="title" tabindex="-1" [id]="idBase() + '-title'">{{ texts().title }}</h4>
    <ng-content />
    <form novalidate (submit)="confirmed.emit($event)">
      <div class="field" [class.field--error]="!!error()">
        @if (error(); as e) {
          <p tsu-field-error [message]="e" [id]="idBase() + '-confirm-error'"></p>
        }
        <div class="choice">
          <input
            class="choice__input"
            type="checkbox"
            [id]="idBase() + '-confirm'"
            [formField]="field()"
            [attr.aria-invalid]="error() ? 'true' : null"
            [attr.aria-describedby]="error() ? idBase() + '-confirm-error' : null"
          />
          <label class="choice__label" [for]="idBase() + '-confirm'">
            {{ texts().confirm }}
            <span tsu-field-mark [required]="true"></span>
          </label>
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="button button--danger" [attr.aria-disabled]="busy() || null">
          {{ busy() ? texts().busy : texts().submit }}
        </button>
        <button type="button" class="button button--secondary" (click)="cancelled.emit()">{{ texts().cancel }}</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
      margin: 0 0 2rem;
      padding: 1.25rem 1.25rem 1.5rem;
      border: 4px solid var(--color-error);
      border-radius: 8px;
    }
    .title {
      margin: 0 0 1rem;
      font-size: 1.25rem;
    }
  `,
})
export class EraseConfirmComponent {
  private readonly heading = viewChild.required<ElementRef<HTMLElement>>('heading');

  /** Start of the ids: `<idBase>-title`, `<idBase>-confirm` (the box the error summary links to). */
  readonly idBase = input.required<string>();
  readonly texts = input.required<EraseConfirmTexts>();
  /** The box to tick. */
  readonly field = input.required<FieldTree<boolean>>();
  readonly error = input<UiMessage | null>(null);
  /** The request is on its way: the button says so and does not send it twice. */
  readonly busy = input(false);
  /** The form was sent (the page checks the box and erases). */
  readonly confirmed = output<Event>();
  readonly cancelled = output<void>();

  focus(): void {
    this.heading().nativeElement.focus();
  }
}
