import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { FieldsetComponent } from './fieldset.component';

export interface RadioOption {
  value: string;
  /** Translation key of the label. */
  labelKey: string;
  /** The label's own language, where it is a language's name (日本語 / English). */
  lang?: string;
}

/**
 * The radio buttons of a fieldset[tsu-fieldset]: ids `<idBase>-<value>`, each marked invalid while
 * the group has an error (the group's hint and error describe the fieldset).
 */
@Component({
  selector: 'tsu-radio-choices',
  imports: [FormField, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'choices', '[class.choices--stacked]': 'stacked()' },
  template: `
    @for (option of options(); track option.value) {
      <div class="choice">
        <input
          class="choice__input"
          type="radio"
          [value]="option.value"
          [id]="group.idBase() + '-' + option.value"
          [formField]="field()"
          [attr.aria-invalid]="group.error() ? 'true' : null"
          (change)="chosen.emit(option.value)"
        />
        <label class="choice__label" [for]="group.idBase() + '-' + option.value" [attr.lang]="option.lang ?? null">{{
          option.labelKey | transloco
        }}</label>
      </div>
    }
  `,
})
export class RadioChoicesComponent {
  protected readonly group = inject(FieldsetComponent);

  readonly field = input.required<FieldTree<string>>();
  readonly options = input.required<readonly RadioOption[]>();
  /** One under another (longer labels) rather than side by side. */
  readonly stacked = input(false);
  /** The person picked an option. */
  readonly chosen = output<string>();
}
