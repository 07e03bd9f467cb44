import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@tsunagu/contracts';
import type { UiMessage } from '../../../shared/ui/ui-message';
import { SkillProfileStore } from '../../data-access/skill-profile.store';
import { needsLanguage, toggleIn } from '../../util/skill-draft';
import { languageOptions, qualificationOptions } from '../../../shared/util/taxonomy-labels';

/**
 * Step 2 「資格と言葉」: the qualifications the person holds and the languages they can use
 * (sign language included). Both optional, except that 通訳・翻訳 needs a language besides Japanese.
 */
@Component({
  selector: 'tsu-qualifications-step',
  imports: [TranslocoPipe],
  template: `
    <fieldset
      class="field"
      [class.field--error]="errors()['qualifications']"
      [attr.aria-describedby]="describedBy('skill-qualifications-hint', !!errors()['qualifications'] && 'skill-qualifications-error')"
    >
      <legend class="field__label">
        {{ 'skills.step.qualifications.qualifications.label' | transloco }}
        <span class="optional-mark">{{ 'form.optional' | transloco }}</span>
      </legend>
      <p class="field__hint" id="skill-qualifications-hint">{{ 'skills.step.qualifications.qualifications.hint' | transloco }}</p>
      @if (errors()['qualifications']; as e) {
        <p class="field__error" id="skill-qualifications-error">
          <span class="visually-hidden">{{ 'form.errorPrefix' | transloco }}</span>{{ e.text ?? (e.key | transloco: e.params) }}
        </p>
      }
      <div class="choices choices--grid">
        @for (option of qualifications(); track option.code) {
          <div class="choice">
            <input
              class="choice__input"
              type="checkbox"
              [id]="'skill-qualification-' + option.code"
              [checked]="draft().qualifications.includes(option.code)"
              (change)="toggle('qualifications', option.code, $event)"
            />
            <label class="choice__label" [for]="'skill-qualification-' + option.code">{{ option.label }}</label>
          </div>
        }
      </div>
    </fieldset>

    <fieldset
      class="field"
      [class.field--error]="errors()['languages']"
      [attr.aria-describedby]="describedBy('skill-languages-hint', !!errors()['languages'] && 'skill-languages-error')"
    >
      <legend class="field__label">
        {{ 'skills.step.qualifications.languages.label' | transloco }}
        @if (languageRequired()) {
          <span class="required-mark">{{ 'form.required' | transloco }}</span>
        } @else {
          <span class="optional-mark">{{ 'form.optional' | transloco }}</span>
        }
      </legend>
      <p class="field__hint" id="skill-languages-hint">
        {{
          (languageRequired() ? 'skills.step.qualifications.languages.hintInterpreting' : 'skills.step.qualifications.languages.hint')
            | transloco
        }}
      </p>
      @if (errors()['languages']; as e) {
        <p class="field__error" id="skill-languages-error">
          <span class="visually-hidden">{{ 'form.errorPrefix' | transloco }}</span>{{ e.text ?? (e.key | transloco: e.params) }}
        </p>
      }
      <div class="choices choices--grid">
        @for (option of languages(); track option.code) {
          <div class="choice">
            <input
              class="choice__input"
              type="checkbox"
              [id]="'skill-language-' + option.code"
              [checked]="draft().languages.includes(option.code)"
              [attr.aria-invalid]="errors()['languages'] ? 'true' : null"
              (change)="toggle('languages', option.code, $event)"
            />
            <label class="choice__label" [for]="'skill-language-' + option.code">{{ option.label }}</label>
          </div>
        }
      </div>
    </fieldset>
  `,
  styleUrl: './steps.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualificationsStepComponent {
  private readonly store = inject(SkillProfileStore);

  readonly errors = input.required<Readonly<Record<string, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly draft = this.store.draft;
  protected readonly qualifications = computed(() => qualificationOptions(this.lang()));
  protected readonly languages = computed(() => languageOptions(this.lang()));
  protected readonly languageRequired = computed(() => needsLanguage(this.draft()));

  protected toggle(list: 'qualifications' | 'languages', code: string, event: Event): void {
    const on = (event.target as HTMLInputElement).checked;
    this.store.draft.update((draft) => ({ ...draft, [list]: toggleIn(draft[list], code, on) }));
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }
}
