import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiProblem } from '../../core/http/api-problem';
import { refusalTexts } from '../util/match-labels';

/**
 * The words of a failed action inside an error box: what the API said (per field, or in general)
 * when it refused, else why nothing got through (offline, busy, unavailable).
 */
@Component({
  selector: 'tsu-problem-text',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (text of texts(); track $index) {
      <p [class.notice__last]="$last">{{ text }}</p>
    } @empty {
      <p class="notice__last">{{ 'accounts.failure.' + reason() | transloco }}</p>
    }
  `,
})
export class ProblemTextComponent {
  readonly problem = input.required<ApiProblem>();

  protected readonly texts = computed(() => {
    const problem = this.problem();
    return problem.kind === 'refused' ? refusalTexts(problem) : [];
  });
  protected readonly reason = computed(() => {
    const problem = this.problem();
    return problem.kind === 'failed' ? problem.reason : 'unavailable';
  });
}
