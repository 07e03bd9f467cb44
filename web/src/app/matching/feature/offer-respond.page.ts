import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  inject,
  Injector,
  signal,
  viewChild,
} from '@angular/core';
import { ActivatedRoute } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { OfferPreview } from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { formatDateTime } from '../../shared/util/calendar-date';
import { ProblemTextComponent } from '../ui/problem-text.component';
import { MatchingApiService } from '../data-access/matching-api.service';
import { requestFacts } from '../util/request-facts';

export type OfferAnswer = 'accept' | 'decline';

type RespondState =
  | { kind: 'no-token' }
  | { kind: 'loading' }
  /** The link does not work (unknown token): the API's words when it gave some. */
  | { kind: 'invalid'; message: string | null }
  | { kind: 'failed'; problem: ApiProblem }
  | { kind: 'preview'; preview: OfferPreview }
  | { kind: 'done'; answer: OfferAnswer; preview: OfferPreview };

/** Statuses whose message is for the volunteer: unknown link, already answered or expired. */
const REFUSALS = [400, 404, 409, 410] as const;

/**
 * /offers/respond?token=…&answer=accept|decline, from the 打診 mail, without logging in. Opening the
 * link answers nothing (a mail scanner that follows links must not accept for the person): the
 * page shows what the request is — what, when, the area and the center, never the address — and
 * the answer from the link is the first, highlighted button, which the person still presses.
 */
@Component({
  selector: 'tsu-offer-respond-page',
  imports: [TranslocoPipe, ProblemTextComponent],
  templateUrl: './offer-respond.page.html',
  styleUrls: ['../ui/match-ui.css', './offer-respond.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OfferRespondPage {
  private readonly api = inject(MatchingApiService);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);
  private readonly query = inject(ActivatedRoute).snapshot.queryParamMap;
  private readonly token = this.query.get('token')?.trim() ?? '';
  /** The button the mail's link stands for; null when the link named none. */
  protected readonly linkAnswer: OfferAnswer | null = answerOf(this.query.get('answer'));
  /** Both buttons, the link's answer first. */
  protected readonly answers: OfferAnswer[] = this.linkAnswer === 'decline' ? ['decline', 'accept'] : ['accept', 'decline'];

  protected readonly state = signal<RespondState>(this.token ? { kind: 'loading' } : { kind: 'no-token' });
  protected readonly sending = signal<OfferAnswer | null>(null);
  /** A refusal of the answer itself (answered meanwhile, expired meanwhile). */
  protected readonly answerProblem = signal<ApiProblem | null>(null);

  protected readonly doneAnswer = computed(() => {
    const state = this.state();
    return state.kind === 'done' ? state.answer : null;
  });
  protected readonly invalidMessage = computed(() => {
    const state = this.state();
    return state.kind === 'invalid' ? state.message : null;
  });
  protected readonly failedReason = computed(() => {
    const state = this.state();
    return state.kind === 'failed' && state.problem.kind === 'failed' ? state.problem.reason : 'unavailable';
  });

  protected readonly details = computed(() => {
    const state = this.state();
    if (state.kind !== 'preview' && state.kind !== 'done') return null;
    const preview = state.preview;
    const lang = this.language.current();
    return {
      title: preview.requestTitle,
      description: preview.description,
      ...requestFacts(preview, lang),
      message: preview.message,
      expiresAt: formatDateTime(preview.expiresAt, lang),
      status: preview.status,
    };
  });

  private readonly heading = viewChild<ElementRef<HTMLElement>>('heading');
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');

  constructor() {
    if (this.token) void this.load();
  }

  protected async load(): Promise<void> {
    this.state.set({ kind: 'loading' });
    try {
      const preview = await firstValueFrom(this.api.offerPreview(this.token));
      this.state.set({ kind: 'preview', preview });
    } catch (error) {
      const problem = problemOf(error, REFUSALS);
      this.state.set(problem.kind === 'refused' ? { kind: 'invalid', message: problem.message } : { kind: 'failed', problem });
    }
  }

  protected async answer(answer: OfferAnswer): Promise<void> {
    const state = this.state();
    if (state.kind !== 'preview' || this.sending()) return;
    this.sending.set(answer);
    this.answerProblem.set(null);
    try {
      const after = await firstValueFrom(this.api.respondToOffer({ token: this.token, answer }));
      this.sending.set(null);
      this.state.set({
        kind: 'done',
        answer,
        preview: after,
      });
      this.afterRender(() => this.heading()?.nativeElement.focus());
    } catch (error) {
      this.sending.set(null);
      const problem = problemOf(error, REFUSALS);
      this.answerProblem.set(problem);
      // Answered or expired meanwhile: show the offer as it is now, under the API's message.
      if (problem.kind === 'refused') {
        try {
          const preview = await firstValueFrom(this.api.offerPreview(this.token));
          this.state.set({ kind: 'preview', preview });
        } catch {
          // Keep what is shown; the message says what happened.
        }
      }
      this.afterRender(() => this.problemBox()?.nativeElement.focus());
    }
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}

function answerOf(value: string | null): OfferAnswer | null {
  return value === 'accept' || value === 'decline' ? value : null;
}
