import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import type { CodeGroup, CodeOption } from '../util/taxonomy-labels';
import { FieldControlDirective, FieldComponent } from './field.component';
import type { UiMessage } from './ui-message';

export type OptionsStatus = 'idle' | 'loading' | 'ready' | 'failed';

/** What the field says while its options load, already translated. */
export interface OptionsStatusTexts {
  /** Left out: nothing is said while they load (a filter that works without them). */
  loading?: string;
  failed: string;
  retry: string;
}

/**
 * A select, often of options from the API (地区, センター): a first option that chooses nothing,
 * the options (flat, or under <optgroup>s such as district centers), and under it a live message
 * while they load or after they failed, with 「再読み込み」. The message describes the select.
 */
@Component({
  selector: 'tsu-select-field',
  imports: [FormField, FieldComponent, FieldControlDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <tsu-field
      [controlId]="controlId()"
      [label]="label()"
      [hint]="hint()"
      [required]="required()"
      [error]="error()"
      [describedByAlso]="texts() && status() !== 'ready' ? controlId() + '-status' : null"
    >
      <select class="input select" tsuFieldControl [formField]="field()">
        <option value="">{{ placeholder() }}</option>
        @for (option of options(); track option.code) {
          <option [value]="option.code">{{ option.label }}</option>
        }
        @for (group of groups(); track group.code) {
          <optgroup [label]="group.label">
            @for (option of group.options; track option.code) {
              <option [value]="option.code">{{ option.label }}</option>
            }
          </optgroup>
        }
      </select>
      @if (texts(); as t) {
        <div class="load-status" [id]="controlId() + '-status'" aria-live="polite">
          @switch (status()) {
            @case ('loading') {
              @if (t.loading) {
                <p class="load-status__text">{{ t.loading }}</p>
              }
            }
            @case ('failed') {
              <p class="load-status__text">{{ t.failed }}</p>
              <button type="button" class="button button--secondary" (click)="retry.emit()">{{ t.retry }}</button>
            }
          }
        </div>
      }
    </tsu-field>
  `,
})
export class SelectFieldComponent {
  readonly field = input.required<FieldTree<string>>();
  readonly controlId = input.required<string>();
  /** Already translated, like the hint and the texts. */
  readonly label = input.required<string>();
  readonly hint = input<string>();
  /** null: neither mark (a filter). */
  readonly required = input<boolean | null>(false);
  readonly error = input<UiMessage | null>(null);
  /** The first option, that chooses nothing (「選んでください」, 「選ばない」). */
  readonly placeholder = input.required<string>();
  readonly options = input<readonly CodeOption[]>([]);
  readonly groups = input<readonly CodeGroup[]>([]);
  /** Where the options stand; with texts, said under the select. Options known in advance: leave both out. */
  readonly status = input<OptionsStatus>('ready');
  readonly texts = input<OptionsStatusTexts | null>(null);
  /** 「再読み込み」 after the options failed to load. */
  readonly retry = output<void>();
}
