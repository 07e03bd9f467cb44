import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  type ElementRef,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { form } from '@angular/forms/signals';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type Locale,
  type MatchCandidate,
  type MatchContacts,
  type MatchSummary,
  OFFER_LINK_VALID_HOURS,
  type OfferSummary,
  type RequestDetail,
} from '@tsunagu/contracts';
import type { ApiProblem } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import { formatDateTime, formatDay, todayInJapan } from '../../shared/util/calendar-date';
import { cleanText } from '../../shared/util/text-input';
import { MatchingConsoleStore } from '../data-access/matching-console.store';
import {
  activityShown,
  type ApprovalMailTexts,
  approvalMailTexts,
  asksByPhoneOnly,
  canOffer,
  canRecordActivity,
  canRecordPhoneAgreement,
  defaultActivityDate,
  factorRows,
  matchStateLabel,
  OFFER_LIMITS,
  offerablePicks,
  offerChannelKey,
  offerStateLabel,
  reasonText,
  scorePoints,
} from '../util/match-labels';
import { requestFacts } from '../util/request-facts';
import { MatchContactsComponent } from '../ui/match-contacts.component';
import { ProblemTextComponent } from '../ui/problem-text.component';
import { statusKey } from '../../requests/util/request-status';
import { MatchActivityComponent } from './match-activity.component';

/** What the page just did, said at the top (role="status") and focused. */
interface Notice {
  key: string;
  params?: Record<string, unknown>;
}

/** Which action failed, so its message shows beside it. */
interface ActionFailure {
  where: string;
  problem: ApiProblem;
}

const MESSAGE_ID = 'offer-message';
const PICK_PREFIX = 'offer-pick-';

/**
 * マッチング (coordinator console) for one request: the ranked candidates with their score, one
 * reason per factor in the reader's language and warnings (in words and with a mark, not colour
 * alone); 打診 to the chosen ones after a confirmation of how many; 「電話で了承を得た」; the
 * offers and their answers; the matches to approve (contact details go both ways, said before);
 * 連絡先 (each look in the 監査ログ) and 活動記録 once the day has come.
 */
@Component({
  selector: 'tsu-matching-console-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    ErrorSummaryComponent,
    TextFieldComponent,
    MatchContactsComponent,
    MatchActivityComponent,
    ProblemTextComponent,
  ],
  templateUrl: './matching-console.page.html',
  styleUrls: ['../ui/match-ui.css', './matching.css', './matching-console.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatchingConsolePage {
  private readonly store = inject(MatchingConsoleStore);
  private readonly route = inject(ActivatedRoute);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  private readonly params = toSignal(this.route.paramMap, { requireSync: true });
  protected readonly requestId = computed(() => this.params().get('id') ?? '');
  protected readonly today = todayInJapan();
  protected readonly linkHours = OFFER_LINK_VALID_HOURS;
  protected readonly messageId = MESSAGE_ID;
  protected readonly pickPrefix = PICK_PREFIX;
  protected readonly messageMax = OFFER_LIMITS.messageMaxLength;
  protected readonly noteMax = OFFER_LIMITS.noteMaxLength;

  protected readonly status = this.store.status;
  protected readonly problem = this.store.problem;
  protected readonly candidatesStatus = this.store.candidatesStatus;
  protected readonly candidatesProblem = this.store.candidatesProblem;

  protected readonly summary = computed(() => {
    const request = this.store.request();
    return request ? this.summaryOf(request, this.language.current()) : null;
  });
  protected readonly candidates = computed(() => {
    const lang = this.language.current();
    return this.store.candidates().map((candidate, index) => this.candidateRow(candidate, index, lang));
  });
  protected readonly offers = computed(() => {
    const lang = this.language.current();
    return (this.store.request()?.offers ?? []).map((offer) => this.offerRow(offer, lang));
  });
  protected readonly matches = computed(() => {
    const request = this.store.request();
    const lang = this.language.current();
    return (request?.matches ?? []).map((match) => this.matchRow(match, request, lang));
  });

  /** The candidates ticked for 打診. */
  protected readonly picked = signal<ReadonlySet<string>>(new Set());
  protected readonly pickedRows = computed(() => offerablePicks(this.candidates(), this.picked()));
  protected readonly confirmingOffer = signal(false);
  protected readonly offerSummary = signal<readonly ErrorSummaryItem[]>([]);
  private readonly messageModel = signal({ message: '' });
  protected readonly messageForm = form(this.messageModel, { name: 'offer' });
  protected readonly messageError = computed(() => {
    const tooLong = [...cleanText(this.messageModel().message)].length > this.noteMax;
    return tooLong && this.offerSummary().length > 0
      ? { key: 'matching.console.errors.messageTooLong', params: { max: this.noteMax } }
      : null;
  });

  /** 「電話で了承を得た」 open for this candidate. */
  protected readonly phoneFor = signal<string | null>(null);
  private readonly phoneModel = signal({ note: '' });
  protected readonly phoneForm = form(this.phoneModel, { name: 'phone' });
  protected readonly phoneError = computed(() =>
    [...cleanText(this.phoneModel().note)].length > this.noteMax
      ? { key: 'matching.console.errors.noteTooLong', params: { max: this.noteMax } }
      : null,
  );

  /** 「このマッチングを承認する」 open (the confirmation) for this match. */
  protected readonly approving = signal<string | null>(null);
  /** Contact details shown, per match, only while the page is open. */
  protected readonly contacts = signal<Readonly<Partial<Record<string, MatchContacts>>>>({});
  protected readonly activityFor = signal<string | null>(null);

  protected readonly busy = signal<string | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly failure = signal<ActionFailure | null>(null);

  private readonly noticeBox = viewChild<ElementRef<HTMLElement>>('noticeBox');
  private readonly offerSummaryBox = viewChild(ErrorSummaryComponent);

  constructor() {
    effect(() => {
      const id = this.requestId();
      untracked(() => {
        this.reset();
        void this.store.load(id);
      });
    });
  }

  protected retry(): void {
    void this.store.load(this.requestId());
  }

  protected toggle(personId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    const next = new Set(this.picked());
    if (checked) next.add(personId);
    else next.delete(personId);
    this.picked.set(next);
    this.confirmingOffer.set(false);
    if (next.size > 0 && this.offerSummary().length > 0) this.offerSummary.set([]);
  }

  /** 「選んだ方に打診する」: first how many, and who. */
  protected startOffer(event: Event): void {
    event.preventDefault();
    this.notice.set(null);
    this.failure.set(null);
    const items: ErrorSummaryItem[] = [];
    const first = this.candidates().find((row) => row.canOffer);
    if (this.pickedRows().length === 0) {
      items.push({ message: { key: 'matching.console.errors.noneChosen' }, controlId: first ? PICK_PREFIX + first.personId : null });
    }
    if ([...cleanText(this.messageModel().message)].length > this.messageMax) {
      items.push({ message: { key: 'matching.console.errors.messageTooLong', params: { max: this.messageMax } }, controlId: MESSAGE_ID });
    }
    this.offerSummary.set(items);
    if (items.length > 0) {
      this.afterRender(() => this.offerSummaryBox()?.focus());
      return;
    }
    this.confirmingOffer.set(true);
    this.afterRender(() => this.document.getElementById('offer-confirm-title')?.focus());
  }

  protected cancelOffer(): void {
    this.confirmingOffer.set(false);
    this.afterRender(() => this.document.getElementById('offer-submit')?.focus());
  }

  protected async sendOffers(): Promise<void> {
    if (this.busy()) return;
    const people = this.pickedRows();
    this.busy.set('offer');
    const outcome = await this.store.offer(
      this.requestId(),
      people.map((row) => row.personId),
      cleanText(this.messageModel().message),
    );
    this.busy.set(null);
    if (outcome.kind === 'done') {
      this.picked.set(new Set());
      this.confirmingOffer.set(false);
      this.messageModel.set({ message: '' });
      this.showNotice({ key: 'matching.console.done.offered', params: { n: outcome.value } });
    } else {
      this.fail('offer', outcome);
    }
  }

  protected openPhone(personId: string): void {
    this.closePanels();
    this.phoneFor.set(personId);
    this.afterRender(() => this.document.getElementById(`phone-title-${personId}`)?.focus());
  }

  protected cancelPhone(personId: string): void {
    this.phoneFor.set(null);
    this.failure.set(null);
    this.afterRender(() => this.document.getElementById(`phone-open-${personId}`)?.focus());
  }

  protected async recordPhone(event: Event, row: { personId: string; name: string }): Promise<void> {
    event.preventDefault();
    if (this.busy() || this.phoneError()) return;
    this.busy.set('phone');
    const outcome = await this.store.recordPhoneAgreement(this.requestId(), row.personId, cleanText(this.phoneModel().note));
    this.busy.set(null);
    if (outcome.kind === 'done') {
      this.phoneFor.set(null);
      this.phoneModel.set({ note: '' });
      this.showNotice({ key: 'matching.console.done.phone', params: { name: row.name } });
    } else {
      this.fail(`phone-${row.personId}`, outcome);
    }
  }

  protected openApprove(matchId: string): void {
    this.closePanels();
    this.approving.set(matchId);
    this.afterRender(() => this.document.getElementById(`approve-title-${matchId}`)?.focus());
  }

  protected cancelApprove(matchId: string): void {
    this.approving.set(null);
    this.failure.set(null);
    this.afterRender(() => this.document.getElementById(`approve-open-${matchId}`)?.focus());
  }

  protected async approve(row: { id: string; personName: string; mail: Pick<ApprovalMailTexts, 'doneKey'> }): Promise<void> {
    if (this.busy()) return;
    this.busy.set('approve');
    const outcome = await this.store.approve(this.requestId(), row.id);
    this.busy.set(null);
    if (outcome.kind === 'done') {
      this.approving.set(null);
      this.showNotice({ key: row.mail.doneKey, params: { name: row.personName } });
    } else {
      this.fail(`approve-${row.id}`, outcome);
    }
  }

  protected async showContacts(matchId: string): Promise<void> {
    if (this.busy()) return;
    this.failure.set(null);
    this.busy.set(`contacts-${matchId}`);
    const outcome = await this.store.contacts(matchId);
    this.busy.set(null);
    if (outcome.kind === 'done') {
      this.contacts.update((shown) => ({ ...shown, [matchId]: outcome.value }));
      this.afterRender(() => this.document.getElementById(`contacts-title-${matchId}`)?.focus());
    } else {
      this.fail(`contacts-${matchId}`, outcome);
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

  protected openActivity(matchId: string): void {
    this.closePanels();
    this.activityFor.set(matchId);
  }

  protected cancelActivity(matchId: string): void {
    this.activityFor.set(null);
    this.afterRender(() => this.document.getElementById(`activity-open-${matchId}`)?.focus());
  }

  protected async activityRecorded(row: { personName: string }): Promise<void> {
    this.activityFor.set(null);
    await this.store.load(this.requestId(), true);
    this.showNotice({ key: 'matching.console.done.activity', params: { name: row.personName } });
  }

  protected failureAt(where: string): ApiProblem | null {
    const failure = this.failure();
    return failure && failure.where === where ? failure.problem : null;
  }

  private fail(where: string, problem: ApiProblem): void {
    this.failure.set({ where, problem });
    this.afterRender(() => this.document.getElementById(`failure-${where}`)?.focus());
  }

  private showNotice(notice: Notice): void {
    this.failure.set(null);
    this.notice.set(notice);
    this.afterRender(() => this.noticeBox()?.nativeElement.focus());
  }

  private closePanels(): void {
    this.notice.set(null);
    this.failure.set(null);
    this.phoneFor.set(null);
    this.phoneModel.set({ note: '' });
    this.approving.set(null);
    this.activityFor.set(null);
    this.confirmingOffer.set(false);
  }

  private reset(): void {
    this.closePanels();
    this.picked.set(new Set());
    this.contacts.set({});
    this.offerSummary.set([]);
    this.messageModel.set({ message: '' });
  }

  private summaryOf(request: RequestDetail, lang: Locale) {
    return {
      title: request.title,
      ...requestFacts(request, lang),
      headcount: request.headcount,
      matched: request.matchedCount,
      statusKey: statusKey(request.status),
    };
  }

  private candidateRow(candidate: MatchCandidate, index: number, lang: Locale) {
    const offer = offerStateLabel(candidate.offerStatus);
    return {
      personId: candidate.personId,
      rank: index + 1,
      name: candidate.name,
      nameKana: candidate.nameKana,
      area: (lang === 'en' ? candidate.homeAreaNameEn || candidate.homeAreaNameJa : candidate.homeAreaNameJa) ?? null,
      points: scorePoints(candidate.score),
      factors: factorRows(candidate.factors, lang),
      warnings: candidate.warnings.map((warning) => reasonText(warning, lang)),
      offered: candidate.offerStatus !== null,
      offerKey: offer.key,
      offerMark: offer.mark,
      canOffer: canOffer(candidate),
      phoneOnly: asksByPhoneOnly(candidate),
      canPhone: canRecordPhoneAgreement(candidate),
    };
  }

  private offerRow(offer: OfferSummary, lang: Locale) {
    const state = offerStateLabel(offer.status);
    return {
      id: offer.id,
      personName: offer.personName,
      channelKey: offerChannelKey(offer.channel),
      stateKey: state.key,
      mark: state.mark,
      sentAt: formatDateTime(offer.sentAt, lang),
      answeredAt: offer.answeredAt ? formatDateTime(offer.answeredAt, lang) : null,
      expiresAt: formatDateTime(offer.expiresAt, lang),
      waiting: offer.status === 'sent',
    };
  }

  private matchRow(match: MatchSummary, request: RequestDetail | null, lang: Locale) {
    const state = matchStateLabel(match.status);
    const schedule = request?.schedule ?? null;
    return {
      id: match.id,
      personName: match.personName,
      status: match.status,
      stateKey: state.key,
      mark: state.mark,
      approvedOn: match.approvedAt ? formatDay(match.approvedAt, lang) : null,
      approvedBy: match.approvedByName,
      /** Who the confirmation mail reaches, said before and after approving. */
      mail: approvalMailTexts({ requester: request?.requesterHasEmail ?? null, volunteer: match.volunteerHasEmail }, schedule !== null),
      activity: match.activity ? activityShown(match.activity, lang, { withNotes: true }) : null,
      canRecord: canRecordActivity(match, schedule, this.today),
      defaultDate: defaultActivityDate(schedule, this.today),
    };
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
