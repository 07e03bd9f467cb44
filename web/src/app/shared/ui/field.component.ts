import { ChangeDetectionStrategy, Component, computed, Directive, inject, input } from '@angular/core';
import { idList } from '../util/id-list';
import { FieldErrorComponent, FieldMarkComponent } from './field-parts.component';
import type { UiMessage } from './ui-message';

/**
 * One field in the Digital Agency pattern, around a control of the page's own (a select, a search
 * row): label with 「※必須」/「任意」, hint, error, then the projected control. Mark the control
 * with tsuFieldControl and it gets the id, aria-invalid and aria-describedby.
 */
@Component({
  selector: 'tsu-field',
  imports: [FieldErrorComponent, FieldMarkComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field', '[class.field--error]': '!!error()' },
  template: `
    <label class="field__label" [for]="controlId()">
      {{ label() }}
      @if (required() !== null) {
        <span tsu-field-mark [required]="!!required()"></span>
      }
    </label>
    @if (hint()) {
      <p class="field__hint" [id]="controlId() + '-hint'">{{ hint() }}</p>
    }
    @if (error(); as e) {
      <p tsu-field-error [message]="e" [id]="controlId() + '-error'"></p>
    }
    <ng-content />
  `,
})
export class FieldComponent {
  readonly controlId = input.required<string>();
  /** Already translated. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  /** null: neither mark, for a filter (nothing in a search form is required). */
  readonly required = input<boolean | null>(false);
  readonly error = input<UiMessage | null>(null);
  /** More ids that describe the control, read after the hint (a loading message, say). */
  readonly describedByAlso = input<string | null>(null);

  readonly describedBy = computed(() =>
    idList(this.hint() && `${this.controlId()}-hint`, this.describedByAlso(), this.error() && `${this.controlId()}-error`),
  );
}

/** The control inside a tsu-field: named by its label, described by the hint and the error. */
@Directive({
  selector: '[tsuFieldControl]',
  host: {
    '[id]': 'field.controlId()',
    '[attr.aria-invalid]': "field.error() ? 'true' : null",
    '[attr.aria-describedby]': 'field.describedBy()',
  },
})
export class FieldControlDirective {
  protected readonly field = inject(FieldComponent);
}
