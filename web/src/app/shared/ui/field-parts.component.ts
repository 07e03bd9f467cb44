import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { UiMessage } from './ui-message';

/**
 * 「※必須」 or 「任意」 after a label or legend: required is said in words, not by colour or an
 * asterisk alone. An attribute component, so the label keeps a plain <span>.
 */
@Component({
  selector: 'span[tsu-field-mark]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.required-mark]': 'required()', '[class.optional-mark]': '!required()' },
  template: `{{ (required() ? 'form.required' : 'form.optional') | transloco }}`,
})
export class FieldMarkComponent {
  readonly required = input.required<boolean>();
}

/** The message under a label: 「エラー：」 for screen readers, then the text (a ！ is drawn before it). */
@Component({
  selector: 'p[tsu-field-error]',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'field__error' },
  template: `<span class="visually-hidden">{{ 'form.errorPrefix' | transloco }}</span
    >{{ message().text ?? (message().key | transloco: message().params) }}`,
})
export class FieldErrorComponent {
  readonly message = input.required<UiMessage>();
}
