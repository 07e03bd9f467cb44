import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { FieldErrorComponent, FieldMarkComponent } from './field-parts.component';
import type { UiMessage } from './ui-message';
import { idList } from '../util/id-list';

/**
 * One text field in the Digital Agency pattern: label (with 「※必須」 in words), hint, error, then
 * the control, which is described by the hint and the error.
 */
@Component({
  selector: 'tsu-text-field',
  imports: [FormField, FieldErrorComponent, FieldMarkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--error]': '!!error()' },
  template: `
    <label class="field__label" [for]="controlId()">
      {{ label() }}
      <span tsu-field-mark [required]="required()"></span>
    </label>
    @if (hint()) {
      <p class="field__hint" [id]="controlId() + '-hint'">{{ hint() }}</p>
    }
    @if (error(); as e) {
      <p tsu-field-error [message]="e" [id]="controlId() + '-error'"></p>
    }
    @switch (kind()) {
      @case ('textarea') {
        <textarea
          class="input"
          rows="8"
          [id]="controlId()"
          [formField]="field()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
        ></textarea>
      }
      @case ('email') {
        <input
          class="input"
          type="email"
          spellcheck="false"
          autocapitalize="off"
          [id]="controlId()"
          [formField]="field()"
          [attr.autocomplete]="autocomplete()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
        />
      }
      @case ('tel') {
        <input
          class="input input--short"
          type="tel"
          spellcheck="false"
          [id]="controlId()"
          [formField]="field()"
          [attr.autocomplete]="autocomplete()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
        />
      }
      @case ('password') {
        <!-- 「パスワードを表示する」 switches the type; the value and focus stay. -->
        <input
          class="input"
          [type]="revealed() ? 'text' : 'password'"
          spellcheck="false"
          autocapitalize="off"
          [id]="controlId()"
          [formField]="field()"
          [attr.autocomplete]="autocomplete()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
        />
      }
      @default {
        <input
          class="input"
          type="text"
          [id]="controlId()"
          [formField]="field()"
          [attr.autocomplete]="autocomplete()"
          [attr.aria-invalid]="error() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
        />
      }
    }
  `,
})
export class TextFieldComponent {
  readonly field = input.required<FieldTree<string>>();
  readonly controlId = input.required<string>();
  /** Already translated. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  readonly required = input(false);
  readonly error = input<UiMessage | null>(null);
  readonly kind = input<'text' | 'email' | 'tel' | 'password' | 'textarea'>('text');
  readonly autocomplete = input<string | null>(null);
  /** For kind="password": show the characters (「パスワードを表示する」 is ticked). */
  readonly revealed = input(false);

  protected readonly describedBy = computed(() =>
    idList(this.hint() && `${this.controlId()}-hint`, this.error() && `${this.controlId()}-error`),
  );
}
