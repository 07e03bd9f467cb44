import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { idList } from '../util/id-list';
import { FieldErrorComponent, FieldMarkComponent } from './field-parts.component';
import type { UiMessage } from './ui-message';

/**
 * A group of radio buttons or checkboxes in the Digital Agency pattern: a legend with
 * 「※必須」/「任意」, hint and error (ids `<idBase>-hint`, `<idBase>-error`), which describe the whole
 * group, then the projected choices (tsu-radio-choices, or checkboxes of the page's own).
 */
@Component({
  selector: 'fieldset[tsu-fieldset]',
  imports: [FieldErrorComponent, FieldMarkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--error]': '!!error()', '[attr.aria-describedby]': 'describedBy()' },
  template: `
    <legend class="field__label">
      {{ legend() }}
      @if (required() !== null) {
        <span tsu-field-mark [required]="!!required()"></span>
      }
    </legend>
    @if (hint()) {
      <p class="field__hint" [id]="idBase() + '-hint'">{{ hint() }}</p>
    }
    @if (error(); as e) {
      <p tsu-field-error [message]="e" [id]="idBase() + '-error'"></p>
    }
    <ng-content />
  `,
})
export class FieldsetComponent {
  /** Start of the group's ids, e.g. 「proxy-contact」 (the radios are proxy-contact-phone, …). */
  readonly idBase = input.required<string>();
  /** Already translated. */
  readonly legend = input.required<string>();
  readonly hint = input<string>();
  /** null: neither mark, for a choice that always has a value (the reply language). */
  readonly required = input<boolean | null>(false);
  readonly error = input<UiMessage | null>(null);

  readonly describedBy = computed(() => idList(this.hint() && `${this.idBase()}-hint`, this.error() && `${this.idBase()}-error`));
}
