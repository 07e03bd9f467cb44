import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { idList } from '../util/id-list';
import { FieldErrorComponent, FieldMarkComponent } from './field-parts.component';
import type { UiMessage } from './ui-message';

/**
 * One consent (同意): the purpose's title as the legend, the purpose of use (projected) in a box
 * above the checkbox, which it describes (`<controlId>-purpose`), then the error and the checkbox.
 */
@Component({
  selector: 'fieldset[tsu-consent-field]',
  imports: [FormField, FieldErrorComponent, FieldMarkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--error]': '!!error()' },
  template: `
    <legend class="field__label">
      {{ title() }}
      <span tsu-field-mark [required]="required()"></span>
    </legend>
    <div class="purpose" [id]="controlId() + '-purpose'"><ng-content /></div>
    @if (error(); as e) {
      <p tsu-field-error [message]="e" [id]="controlId() + '-error'"></p>
    }
    <div class="choice">
      <input
        class="choice__input"
        type="checkbox"
        [id]="controlId()"
        [formField]="field()"
        [attr.aria-invalid]="error() ? 'true' : null"
        [attr.aria-describedby]="describedBy()"
      />
      <label class="choice__label" [for]="controlId()">{{ agree() }}</label>
    </div>
  `,
})
export class ConsentFieldComponent {
  readonly field = input.required<FieldTree<boolean>>();
  readonly controlId = input.required<string>();
  /** Already translated, like the label of the checkbox. */
  readonly title = input.required<string>();
  readonly agree = input.required<string>();
  readonly required = input(false);
  readonly error = input<UiMessage | null>(null);

  protected readonly describedBy = computed(() => idList(`${this.controlId()}-purpose`, this.error() && `${this.controlId()}-error`));
}
