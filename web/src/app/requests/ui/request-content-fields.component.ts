import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Locale, REQUEST_LIMITS } from '@tsunagu/contracts';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { CategoryPickerComponent } from '../../skills/ui/category-picker.component';
import { suggestionsFor } from '../../skills/util/skill-labels';
import { categoryLabel } from '../../shared/util/taxonomy-labels';
import { type RequestDraft, type RequestField, toggleCode } from '../util/request-draft';
import { REQUEST_CONTROL_IDS } from '../util/request-fields';

export interface OrganisationOption {
  id: string;
  label: string;
}

/**
 * 「依頼の内容」: which group asks (members with more than one approved group choose; with one it
 * is shown), the title, what is needed in the requester's own words, and the kinds of help
 * (分野). The words suggest the kinds (「庭の草むしり」 → ＋「庭仕事」を追加する), which can also
 * be ticked in the grouped list.
 */
@Component({
  selector: 'tsu-request-content-fields',
  imports: [FormField, TranslocoPipe, CategoryPickerComponent, TextFieldComponent],
  templateUrl: './request-content-fields.component.html',
  styleUrls: ['./request-form.css', './request-content-fields.component.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestContentFieldsComponent {
  readonly form = input.required<FieldTree<RequestDraft>>();
  readonly errors = input.required<Readonly<Record<RequestField, UiMessage | null>>>();
  readonly lang = input.required<Locale>();
  /** The viewer's approved groups; null when the form is not a member's (no group to choose). */
  readonly organisations = input<readonly OrganisationOption[] | null>(null);

  protected readonly ids = REQUEST_CONTROL_IDS;
  protected readonly limits = REQUEST_LIMITS;
  protected readonly chosen = computed(() => this.form().categoryCodes().value());
  protected readonly chosenLabels = computed(() => this.chosen().map((code) => ({ code, label: categoryLabel(code, this.lang()) })));
  /** Suggestions from the title and the words, best first, each marked when already chosen. */
  protected readonly suggestions = computed(() => {
    const words = `${this.form().title().value()}\n${this.form().description().value()}`;
    return suggestionsFor(words, this.chosen()).map((suggestion) => ({
      ...suggestion,
      label: categoryLabel(suggestion.code, this.lang()),
    }));
  });
  protected readonly onlyOrganisation = computed(() => {
    const organisations = this.organisations();
    return organisations?.length === 1 ? organisations[0] : null;
  });
  /** Read out after a kind of help is added or removed. */
  protected readonly announcement = signal<{ key: string; category: string } | null>(null);

  protected add(code: string): void {
    this.set(code, true);
  }

  protected remove(code: string): void {
    this.set(code, false);
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }

  protected set(code: string, on: boolean): void {
    this.form()
      .categoryCodes()
      .value.update((codes) => toggleCode(codes, code, on));
    this.announcement.set({
      key: on ? 'requests.form.categories.added' : 'requests.form.categories.removed',
      category: categoryLabel(code, this.lang()),
    });
  }
}
