import { ChangeDetectionStrategy, Component, computed, input, type OnInit, output } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { Locale } from '@tsunagu/contracts';
import { categoryGroups } from '../../shared/util/taxonomy-labels';

/** A category ticked or cleared in the list. */
export interface CategoryToggle {
  code: string;
  on: boolean;
}

/**
 * 一覧から選ぶ: every category under its taxonomy heading, each heading a <details> that opens to
 * show its checkboxes and says how many are chosen in it. For a volunteer's skills and a request's
 * kinds of help; the page keeps the list of what is chosen and announces changes.
 */
@Component({
  selector: 'tsu-category-picker',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { style: 'display: block' },
  template: `
    @for (group of groups(); track group.code) {
      <details class="group" [open]="initiallyOpen.has(group.code)">
        <summary class="group__summary">
          {{ group.label }}
          @if (group.count > 0) {
            <span class="group__count">{{ countKey() | transloco: { n: group.count } }}</span>
          }
        </summary>
        <fieldset class="group__body">
          <legend class="visually-hidden">{{ group.label }}</legend>
          <div class="choices choices--grid">
            @for (option of group.options; track option.code) {
              <div class="choice">
                <input
                  class="choice__input"
                  type="checkbox"
                  [id]="idBase() + '-' + option.code"
                  [checked]="chosenSet().has(option.code)"
                  (change)="toggle(option.code, $event)"
                />
                <label class="choice__label" [for]="idBase() + '-' + option.code">{{ option.label }}</label>
              </div>
            }
          </div>
        </fieldset>
      </details>
    }
  `,
})
export class CategoryPickerComponent implements OnInit {
  readonly chosen = input.required<readonly string[]>();
  readonly lang = input.required<Locale>();
  /** The checkboxes are `<idBase>-<category code>`. */
  readonly idBase = input.required<string>();
  /** Translation key of 「2つ選択中」 ({{n}}). */
  readonly countKey = input.required<string>();
  /** Open the headings that hold a choice when the page opens; after that, the person decides. */
  readonly openChosen = input(false);
  readonly toggled = output<CategoryToggle>();

  protected readonly chosenSet = computed(() => new Set(this.chosen()));
  protected readonly groups = computed(() =>
    categoryGroups(this.lang()).map((group) => ({
      ...group,
      count: group.options.filter((option) => this.chosenSet().has(option.code)).length,
    })),
  );
  protected initiallyOpen: ReadonlySet<string> = new Set();

  ngOnInit(): void {
    if (!this.openChosen()) return;
    const chosen = this.chosenSet();
    this.initiallyOpen = new Set(
      categoryGroups('ja')
        .filter((group) => group.options.some((option) => chosen.has(option.code)))
        .map((group) => group.code),
    );
  }

  protected toggle(code: string, event: Event): void {
    this.toggled.emit({ code, on: (event.target as HTMLInputElement).checked });
  }
}
