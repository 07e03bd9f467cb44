import { afterNextRender, ChangeDetectionStrategy, Component, computed, DOCUMENT, inject, Injector, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { MatchContacts, MyMatch } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { todayInJapan } from '../../shared/util/calendar-date';
import { MatchingApiService } from '../data-access/matching-api.service';
import type { LoadStatus } from '../data-access/matching-console.store';
import { VOLUNTEER_REFUSALS } from '../data-access/volunteer-matching.store';
import { ListStatusComponent } from '../ui/list-status.component';
import { MatchContactsComponent } from '../ui/match-contacts.component';
import { ProblemTextComponent } from '../ui/problem-text.component';
import { RequestFactsComponent } from '../ui/request-facts.component';
import { activityShown, canRecordActivity, defaultActivityDate, matchStateLabel } from '../util/match-labels';
import { requestFacts } from '../util/request-facts';
import { MatchActivityComponent } from './match-activity.component';

/**
 * 「あなたのマッチング」 (/me/matches): the volunteer's own matches, newest first. Once the
 * coordinator approved one: 「連絡先を見る」 (each look is in the 監査ログ) and, from the day of the
 * activity, 「活動を記録する」 with the same form as the coordinator's console.
 */
@Component({
  selector: 'tsu-my-matches-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ListStatusComponent,
    MatchContactsComponent,
    ProblemTextComponent,
    RequestFactsComponent,
    MatchActivityComponent,
  ],
  templateUrl: './my-matches.page.html',
  styleUrls: ['../ui/match-ui.css', './matching.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyMatchesPage {
  private readonly api = inject(MatchingApiService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly today = todayInJapan();

  protected readonly status = signal<LoadStatus>('idle');
  protected readonly problem = signal<ApiProblem | null>(null);
  private readonly items = signal<MyMatch[]>([]);
  protected readonly rows = computed(() => {
    const lang = this.language.current();
    return this.items().map(({ match, request }) => ({
      id: match.id,
      title: request.title,
      state: matchStateLabel(match.status),
      approved: match.status === 'approved',
      facts: requestFacts(request, lang),
      activity: match.activity ? activityShown(match.activity, lang, { withNotes: false }) : null,
      canRecord: canRecordActivity(match, request.schedule, this.today),
      defaultDate: defaultActivityDate(request.schedule, this.today),
    }));
  });
  /** Contact details shown, per match, only while the page is open. */
  protected readonly contacts = signal<Readonly<Partial<Record<string, MatchContacts>>>>({});
  protected readonly busy = signal<string | null>(null);
  protected readonly failure = signal<{ id: string; problem: ApiProblem } | null>(null);
  /** The match whose activity form is open. */
  protected readonly activityFor = signal<string | null>(null);

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.status.set('loading');
    this.problem.set(null);
    try {
      this.items.set(await firstValueFrom(this.api.myMatches()));
      this.status.set('ready');
    } catch (error) {
      this.items.set([]);
      this.problem.set(problemOf(error, VOLUNTEER_REFUSALS));
      this.status.set('failed');
    }
  }

  protected async showContacts(matchId: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(`contacts-${matchId}`);
    this.failure.set(null);
    try {
      const value = await firstValueFrom(this.api.contacts(matchId));
      this.contacts.update((shown) => ({ ...shown, [matchId]: value }));
      this.afterRender(() => this.document.getElementById(`contacts-title-${matchId}`)?.focus());
    } catch (error) {
      this.failure.set({ id: `contacts-${matchId}`, problem: problemOf(error, VOLUNTEER_REFUSALS) });
      this.afterRender(() => this.document.getElementById(`failure-contacts-${matchId}`)?.focus());
    } finally {
      this.busy.set(null);
    }
  }

  protected hideContacts(matchId: string): void {
    this.contacts.update((shown) => {
      const next = { ...shown };
      delete next[matchId];
      return next;
    });
    this.afterRender(() => this.document.getElementById(`contacts-open-${matchId}`)?.focus());
  }

  protected failureAt(id: string): ApiProblem | null {
    const failure = this.failure();
    return failure?.id === id ? failure.problem : null;
  }

  protected openActivity(matchId: string): void {
    this.activityFor.set(matchId);
  }

  protected cancelActivity(matchId: string): void {
    this.activityFor.set(null);
    this.afterRender(() => this.document.getElementById(`activity-open-${matchId}`)?.focus());
  }

  protected async activityRecorded(matchId: string): Promise<void> {
    this.activityFor.set(null);
    await this.load();
    this.afterRender(() => this.document.getElementById(`activity-done-${matchId}`)?.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
