import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Locale, REQUEST_LIMITS } from '@tsunagu/contracts';
import { FieldComponent, FieldControlDirective } from '../../shared/ui/field.component';
import { FieldErrorComponent, FieldMarkComponent } from '../../shared/ui/field-parts.component';
import { SelectFieldComponent } from '../../shared/ui/select-field.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { idList } from '../../shared/util/id-list';
import { type CodeGroup, languageOptions, qualificationOptions } from '../../shared/util/taxonomy-labels';
import { type RequestDraft, type RequestField, toggleCode } from '../util/request-draft';
import { REQUEST_CONTROL_IDS } from '../util/request-fields';

/**
 * 「場所と条件」: the area (under its district center), the exact address (told only to the
 * volunteers the match is decided with), online help, how many people, the qualifications and
 * languages needed, and notes for the volunteer. For a coordinator also the 要配慮個人情報 notes,
 * which only coordinators see and which need the person's consent.
 */
@Component({
  selector: 'tsu-request-place-fields',
  imports: [
    FormField,
    TranslocoPipe,
    FieldComponent,
    FieldControlDirective,
    FieldErrorComponent,
    FieldMarkComponent,
    SelectFieldComponent,
    TextFieldComponent,
  ],
  templateUrl: './request-place-fields.component.html',
  styleUrls: ['./request-form.css', './request-place-fields.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestPlaceFieldsComponent {
  readonly form = input.required<FieldTree<RequestDraft>>();
  readonly errors = input.required<Readonly<Record<RequestField, UiMessage | null>>>();
  readonly lang = input.required<Locale>();
  /** The areas to choose from, under their district centers. */
  readonly areaGroups = input.required<readonly CodeGroup[]>();
  readonly areasStatus = input.required<'idle' | 'loading' | 'ready' | 'failed'>();
  /** A coordinator: the sensitive notes are asked. */
  readonly staff = input(false);
  readonly retryAreas = output<void>();

  protected readonly ids = REQUEST_CONTROL_IDS;
  protected readonly limits = REQUEST_LIMITS;
  protected readonly idList = idList;
  protected readonly qualifications = computed(() => qualificationOptions(this.lang()));
  protected readonly languages = computed(() => languageOptions(this.lang()));
  protected readonly chosenQualifications = computed(() => this.form().requiredQualifications().value());
  protected readonly chosenLanguages = computed(() => this.form().requiredLanguages().value());

  protected toggle(list: 'requiredQualifications' | 'requiredLanguages', code: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    const field = this.form()[list];
    field().value.update((codes) => toggleCode(codes, code, on));
  }
}
