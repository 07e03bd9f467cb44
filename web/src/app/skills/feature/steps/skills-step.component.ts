import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, input, signal } from '@angular/core';
import { type FieldTree, FormField } from '@angular/forms/signals';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@tsunagu/contracts';
import { SKILL_PROFILE_LIMITS } from '@tsunagu/contracts';
import { skillCategory } from '@tsunagu/matching';
import { TextFieldComponent } from '../../../shared/ui/text-field.component';
import type { UiMessage } from '../../../shared/ui/ui-message';
import { SkillProfileStore } from '../../data-access/skill-profile.store';
import { addSkill, removeSkill, SKILL_LEVELS, type SkillDraft } from '../../util/skill-draft';
import { CategoryPickerComponent, type CategoryToggle } from '../../ui/category-picker.component';
import { suggestionsFor } from '../../util/skill-labels';
import { categoryLabel } from '../../../shared/util/taxonomy-labels';
import { entryTitleId, levelId, ownWordsId, skillWordsId } from '../skill-flow';

/**
 * Step 1 「できること」: the person writes what they can do in their own words and is offered the
 * matching categories as buttons (「草むしりが得意です」 → ＋「庭仕事」を追加する), or ticks
 * categories in the grouped list. Each chosen category gets their own words and how well they can do it.
 */
@Component({
  selector: 'tsu-skills-step',
  imports: [FormField, TranslocoPipe, CategoryPickerComponent, TextFieldComponent],
  templateUrl: './skills-step.component.html',
  styleUrl: './steps.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SkillsStepComponent {
  private readonly store = inject(SkillProfileStore);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  readonly form = input.required<FieldTree<SkillDraft>>();
  readonly errors = input.required<Readonly<Record<string, UiMessage | null>>>();
  readonly lang = input.required<Locale>();

  protected readonly ids = { words: skillWordsId, entryTitle: entryTitleId, ownWords: ownWordsId, level: levelId };
  protected readonly levels = SKILL_LEVELS;
  protected readonly max = SKILL_PROFILE_LIMITS;

  /** What the person is typing to find their categories (not saved as such). */
  protected readonly words = signal('');
  protected readonly chosen = computed(() => this.store.draft().skills.map((entry) => entry.categoryCode));
  protected readonly entries = computed(() =>
    this.store.draft().skills.map((entry) => ({
      ...entry,
      label: categoryLabel(entry.categoryCode, this.lang()),
      needsLanguage: skillCategory(entry.categoryCode)?.requiresLanguage === true,
    })),
  );
  protected readonly suggestions = computed(() =>
    suggestionsFor(this.words(), this.chosen()).map((suggestion) => ({
      ...suggestion,
      label: categoryLabel(suggestion.code, this.lang()),
    })),
  );
  /** Read out after a category is added or removed. */
  protected readonly announcement = signal('');

  protected typed(event: Event): void {
    this.words.set((event.target as HTMLInputElement).value);
  }

  /** 「＋「庭仕事」を追加する」: added with what was typed as the person's own words. */
  protected addSuggestion(code: string): void {
    this.store.draft.update((draft) => addSkill(draft, code, this.words()));
    this.words.set('');
    this.announce('added', code);
    afterNextRender({ write: () => this.document.getElementById(entryTitleId(code))?.focus() }, { injector: this.injector });
  }

  protected toggle({ code, on }: CategoryToggle): void {
    this.store.draft.update((draft) => (on ? addSkill(draft, code) : removeSkill(draft, code)));
    this.announce(on ? 'addedFromList' : 'removed', code);
  }

  protected remove(code: string): void {
    this.store.draft.update((draft) => removeSkill(draft, code));
    this.announce('removed', code);
    afterNextRender({ write: () => this.document.getElementById('skill-chosen-title')?.focus() }, { injector: this.injector });
  }

  protected describedBy(...ids: (string | false | null | undefined)[]): string | null {
    return ids.filter(Boolean).join(' ') || null;
  }

  private announce(what: 'added' | 'addedFromList' | 'removed', code: string): void {
    this.announcement.set(`${what}:${code}`);
  }

  protected announcementParts(): { key: string; category: string } | null {
    const [what, code] = this.announcement().split(':');
    return what ? { key: `skills.step.skills.announce.${what}`, category: categoryLabel(code, this.lang()) } : null;
  }
}
