import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { VolunteerMatchingStore } from '../data-access/volunteer-matching.store';
import { ListStatusComponent } from '../ui/list-status.component';
import { ProblemTextComponent } from '../ui/problem-text.component';
import { RequestFactsComponent } from '../ui/request-facts.component';
import { reasonText } from '../util/match-labels';
import { requestFacts } from '../util/request-facts';

/**
 * 「あなたへのおすすめの依頼」 (/me/requests-for-you): open requests ranked for the volunteer, each
 * with why it was suggested, and 「手伝いを申し出る」. Offering does not decide anything: the
 * center's coordinator confirms, and only then are contact details and the exact place shared.
 */
@Component({
  selector: 'tsu-requests-for-you-page',
  imports: [RouterLink, TranslocoPipe, ListStatusComponent, ProblemTextComponent, RequestFactsComponent],
  templateUrl: './requests-for-you.page.html',
  styleUrls: ['../ui/match-ui.css', './matching.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RequestsForYouPage {
  private readonly store = inject(VolunteerMatchingStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  /** Not registered in the 特技バンク (409): the API's invitation to register, shown as a plain box, not an error. */
  protected readonly notRegistered = computed(() => {
    const problem = this.problem();
    return problem?.kind === 'refused' && problem.status === 409 ? (problem.message ?? '') : null;
  });
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.store.items().map((item, index) => ({
      requestId: item.requestId,
      rank: index + 1,
      title: item.title,
      facts: requestFacts(item, lang),
      reasons: item.reasons.map((reason) => reasonText(reason, lang)),
      offered: item.offered,
    }));
  });
  protected readonly busy = signal<string | null>(null);
  /** The request just offered for (its card says so and takes focus). */
  protected readonly justOffered = signal<string | null>(null);
  protected readonly failure = signal<{ requestId: string; problem: ApiProblem } | null>(null);

  constructor() {
    void this.store.load();
  }

  protected reload(): void {
    void this.store.load();
  }

  protected async volunteer(requestId: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(requestId);
    this.failure.set(null);
    this.justOffered.set(null);
    const outcome = await this.store.volunteer(requestId);
    this.busy.set(null);
    if (outcome.kind === 'done') {
      this.justOffered.set(requestId);
      this.afterRender(() => this.document.getElementById(`offered-${requestId}`)?.focus());
    } else {
      this.failure.set({ requestId, problem: outcome });
      this.afterRender(() => this.document.getElementById(`failure-${requestId}`)?.focus());
    }
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
