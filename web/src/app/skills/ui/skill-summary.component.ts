import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import type { AreaSummary, Locale } from '@tsunagu/contracts';
import type { UiMessage } from '../../shared/ui/ui-message';
import { type SkillDraft, type SkillStep, stepNumberOf } from '../util/skill-draft';
import { summaryOf, type SummaryValue } from '../util/skill-summary';

/**
 * 特技バンクの登録内容, step by step, as a list of questions and answers. With `changeBase`, each
 * step has 「変更する」 (to that step, coming back here after); `messages` shows the API's word
 * on a step right under its heading.
 */
@Component({
  selector: 'tsu-skill-summary',
  imports: [RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (section of sections(); track section.step) {
      <section
        class="section"
        [class.field--error]="(messages()[section.step] ?? []).length > 0"
        [attr.aria-labelledby]="'skill-summary-' + section.step"
      >
        <div class="section__head">
          @if (headingLevel() === 2) {
            <h2 class="section__title" [id]="'skill-summary-' + section.step">{{ 'skills.steps.' + section.step | transloco }}</h2>
          } @else {
            <h3 class="section__title" [id]="'skill-summary-' + section.step">{{ 'skills.steps.' + section.step | transloco }}</h3>
          }
          @if (changeBase(); as base) {
            <a
              class="standalone-link"
              [id]="'skill-change-' + section.step"
              [routerLink]="base + '/step/' + number(section.step)"
              [queryParams]="{ from: 'confirm' }"
              >{{ 'skills.summary.change' | transloco
              }}<span class="visually-hidden">（{{ 'skills.steps.' + section.step | transloco }}）</span></a
            >
          }
        </div>
        @for (message of messages()[section.step] ?? []; track $index) {
          <p class="field__error">
            <span class="visually-hidden">{{ 'form.errorPrefix' | transloco }}</span>{{
              message.text ?? (message.key ?? '' | transloco: message.params)
            }}
          </p>
        }
        <dl class="details">
          @for (row of section.rows; track $index) {
            <div class="details__row">
              <dt>
                @if (row.label.kind === 'text') {
                  {{ row.label.text }}
                } @else {
                  {{ row.label.key | transloco: row.label.params }}
                }
              </dt>
              <dd>
                @for (value of row.values; track $index) {
                  <span class="value">
                    @switch (value.kind) {
                      @case ('slot') {
                        {{ slotLine(value) }}
                      }
                      @case ('text') {
                        {{ value.text }}
                      }
                      @case ('key') {
                        {{ value.key | transloco: value.params }}
                      }
                    }
                  </span>
                }
              </dd>
            </div>
          }
        </dl>
      </section>
    }
  `,
  styles: `
    .section {
      margin: 0 0 1.5rem;
    }
    .section__head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0 1rem;
    }
    .section__title {
      margin: 1.5rem 0 0.5rem;
    }
    /* .details is in styles.css; here it sits flush under its heading. */
    .details {
      margin: 0;
    }
    .value {
      display: block;
    }
  `,
})
export class SkillSummaryComponent {
  private readonly transloco = inject(TranslocoService);
  readonly draft = input.required<SkillDraft>();
  readonly areas = input.required<readonly AreaSummary[]>();
  readonly lang = input.required<Locale>();
  /** The flow's base path: each step gets 「変更する」. Null: read only. */
  readonly changeBase = input<string | null>(null);
  /** Messages per step (the API's, after 「登録する」). */
  readonly messages = input<Partial<Record<SkillStep, UiMessage[]>>>({});
  readonly headingLevel = input<2 | 3>(2);

  protected readonly sections = computed(() => summaryOf(this.draft(), this.areas(), this.lang()));
  protected readonly number = stepNumberOf;

  /** 「土曜日：午前、夜」 / "Saturday: morning, evening". */
  protected slotLine(value: Extract<SummaryValue, { kind: 'slot' }>): string {
    const t = (key: string, params?: Record<string, unknown>) => this.transloco.translate(key, params);
    const periods = value.periods.map((period) => t(`skills.periods.${period}`)).join(t('skills.summary.listSeparator'));
    return t('skills.summary.slotLine', { day: t(`skills.days.${value.day}`), periods });
  }
}
