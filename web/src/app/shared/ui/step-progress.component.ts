import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/**
 * Where the person is in a form of several steps: 「ステップ 2/4」 in words, then the numbered
 * list of steps with the current one marked (aria-current="step", bold, a thick frame) and those
 * done ticked, so nothing depends on colour. On a narrow screen only the current step's name shows.
 */
@Component({
  selector: 'tsu-step-progress',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="progress">
      <p class="progress__count">
        <span aria-hidden="true">{{ 'form.progress.short' | transloco: { current: current() + 1, total: steps().length } }}</span>
        <span class="visually-hidden">{{ 'form.progress.long' | transloco: { current: current() + 1, total: steps().length } }}</span>
      </p>
      <ol class="progress__steps" [attr.aria-label]="label()">
        @for (step of steps(); track $index) {
          <li
            class="progress__step"
            [class.is-done]="$index < current()"
            [class.is-current]="$index === current()"
            [attr.aria-current]="$index === current() ? 'step' : null"
          >
            <span class="progress__mark" aria-hidden="true">{{ $index < current() ? '✓' : $index + 1 }}</span>
            <span class="progress__name">
              {{ step }}
              @if ($index < current()) {
                <span class="visually-hidden">{{ 'form.progress.done' | transloco }}</span>
              }
            </span>
          </li>
        }
      </ol>
      <p class="progress__now" aria-hidden="true">{{ currentName() }}</p>
    </div>
  `,
  styles: `
    .progress {
      margin: 0 0 1.5rem;
    }
    .progress__count {
      margin: 0 0 0.5rem;
      font-weight: 700;
    }
    .progress__steps {
      display: flex;
      gap: 0.5rem;
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: none;
    }
    .progress__step {
      display: flex;
      flex: 1 1 0;
      align-items: flex-start;
      gap: 0.5rem;
      margin: 0;
      padding: 0.5rem 0 0;
      border-top: 6px solid var(--color-border-light);
      color: var(--color-text-sub);
      line-height: 1.5;
    }
    .progress__step.is-done {
      border-top-color: var(--color-primary);
    }
    .progress__step.is-current {
      border-top-color: var(--color-primary);
      color: var(--color-text);
      font-weight: 700;
    }
    .progress__mark {
      display: inline-flex;
      flex: none;
      align-items: center;
      justify-content: center;
      width: 2rem;
      height: 2rem;
      border: 2px solid var(--color-border);
      border-radius: 50%;
      background: #fff;
      font-weight: 700;
    }
    .is-done .progress__mark {
      color: #fff;
      background: var(--color-primary);
      border-color: var(--color-primary);
    }
    .is-current .progress__mark {
      border-width: 4px;
      border-color: var(--color-primary);
      color: var(--color-primary);
    }
    .progress__now {
      display: none;
    }
    /* Narrow screens: numbers only in the row, the current step's name under it. */
    @media (max-width: 36em) {
      .progress__name {
        position: absolute;
        width: 1px;
        height: 1px;
        margin: -1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .progress__now {
        display: block;
        margin: 0.5rem 0 0;
        font-weight: 700;
      }
    }
  `,
})
export class StepProgressComponent {
  /** Step names, already translated. */
  readonly steps = input.required<readonly string[]>();
  /** Index of the current step (0 for the first). */
  readonly current = input.required<number>();
  /** Accessible name of the list, e.g. 「登録の手順」. */
  readonly label = input.required<string>();

  protected readonly currentName = computed(() => this.steps()[this.current()] ?? '');
}
