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
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { DuplicateCandidate } from '@tsunagu/contracts';
import type { RequestFailure } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent, type ErrorSummaryItem } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { formatCalendarDate, parseDateInput } from '../../shared/util/calendar-date';
import { ProxyRegistrationStore } from '../data-access/proxy-registration.store';
import { CandidateFactsComponent } from '../ui/candidate-facts.component';
import { centerName } from '../util/people-query';
import {
  liveProxyServerError,
  PROXY_DONE_PATH,
  PROXY_FIELDS,
  PROXY_STEP_FIELDS,
  PROXY_STEP_PATHS,
  PROXY_STEPS,
  type ProxyDraft,
  type ProxyField,
  proxyFieldOfApiField,
} from '../util/proxy-draft';
import { PROXY_LABEL_KEYS, PROXY_PROGRESS_KEYS } from './proxy-fields';

/** One line of the confirmation list: text as typed, or a translation key. */
interface ConfirmRow {
  field: ProxyField;
  labelKey: string;
  text?: string;
  key?: string;
}

/** The id of a row's 「変更する」 link: where the error summary takes the coordinator. */
const changeLinkId = (field: ProxyField) => `proxy-change-${field}`;
const CONTROL_IDS = Object.fromEntries(PROXY_FIELDS.map((field) => [field, changeLinkId(field)])) as Record<ProxyField, string>;
/** The id of a candidate's 「別の方であることを確認しました」 checkbox. */
const acknowledgeId = (candidate: DuplicateCandidate) => `proxy-duplicate-${candidate.personId}`;

/**
 * 代理登録 「入力内容の確認」: everything from the three steps, each with 「変更する」; then the
 * duplicate check. Possible duplicates in the coordinator's centers are shown in a warning box,
 * each with 「別の方であることを確認しました」; registering waits until every one is ticked. The
 * API checks again (409) in case someone registered the same person meanwhile.
 */
@Component({
  selector: 'tsu-proxy-confirm-page',
  imports: [RouterLink, TranslocoPipe, CandidateFactsComponent, ErrorSummaryComponent, StepProgressComponent],
  templateUrl: './proxy-confirm.page.html',
  styleUrls: ['./people.page.css', './proxy-confirm.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProxyConfirmPage {
  private readonly store = inject(ProxyRegistrationStore);
  private readonly session = inject(SessionStore);
  private readonly language = inject(LanguageService);
  protected readonly lang = this.language.current;
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);

  protected readonly progressKeys = PROXY_PROGRESS_KEYS;
  protected readonly stepIndex = PROXY_STEPS.length;
  protected readonly sending = signal(false);
  protected readonly failure = signal<RequestFailure | null>(null);
  protected readonly changeLinkId = changeLinkId;
  protected readonly acknowledgeId = acknowledgeId;

  protected readonly duplicates = this.store.duplicates;
  protected readonly candidates = computed(() => this.duplicates().result?.candidates ?? []);
  protected readonly matchesElsewhere = computed(() => this.duplicates().result?.matchesElsewhere ?? 0);
  protected readonly acknowledged = this.store.acknowledged;

  private readonly problems = new FormProblems<ProxyField>({
    fields: PROXY_FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => {
      const text = liveProxyServerError(this.store.draft(), this.store.serverErrors(), field);
      return text ? { text } : null;
    },
  });
  protected readonly errors = this.problems.errors;
  /** Candidates not yet ticked (and any message from the API), after the summary's field problems. */
  private readonly extraItems = signal<readonly ErrorSummaryItem[]>([]);
  protected readonly summary = computed(() => [...this.problems.summary(), ...this.extraItems()]);
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  /** The three steps' answers, grouped by step, in the order they were asked. */
  protected readonly sections = computed(() => {
    const draft = this.store.draft();
    const lang = this.language.current();
    const rows = rowsOf(draft, lang, this.store.centers());
    return PROXY_STEPS.map((step) => ({
      step,
      path: PROXY_STEP_PATHS[step],
      rows: PROXY_STEP_FIELDS[step].map((field) => ({ field, labelKey: PROXY_LABEL_KEYS[field], ...rows[field] }) as ConfirmRow),
    }));
  });

  constructor() {
    this.store.loadCenters();
    void this.store.checkDuplicates();
  }

  protected acknowledge(candidate: DuplicateCandidate, event: Event): void {
    this.store.acknowledge(candidate.personId, (event.target as HTMLInputElement).checked);
    // A ticked candidate leaves the summary at once.
    this.extraItems.update((items) => items.filter((item) => item.controlId !== acknowledgeId(candidate)));
  }

  protected async checkAgain(): Promise<void> {
    this.failure.set(null);
    await this.store.checkDuplicates(true);
  }

  protected async send(): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    this.problems.clear();
    this.extraItems.set([]);
    try {
      await this.trySend();
    } finally {
      this.sending.set(false);
    }
  }

  private async trySend(): Promise<void> {
    const check = await this.store.checkDuplicates();
    if (check.status === 'failed') return this.showFailure(check.failure ?? 'unavailable');
    if (this.store.unacknowledged().length > 0) return this.showSummary([]);

    const outcome = await this.store.register();
    if (outcome.kind === 'registered') {
      await this.router.navigateByUrl(PROXY_DONE_PATH);
      this.store.reset(this.session.viewer());
    } else if (outcome.kind === 'duplicate') {
      // Someone registered a similar person meanwhile: show the new candidates.
      const again = await this.store.checkDuplicates(true);
      if (again.status === 'failed') return this.showFailure(again.failure ?? 'unavailable');
      this.showSummary([outcome.message ? { text: outcome.message } : { key: 'people.proxy.duplicates.appeared' }]);
    } else if (outcome.kind === 'failed') {
      this.showFailure(outcome.reason);
    } else {
      // 400 (a field), 403 (the center is not the coordinator's), 401 (logged out meanwhile).
      const general: UiMessage[] = Object.entries(outcome.fields)
        .filter(([apiField]) => proxyFieldOfApiField(apiField) === null)
        .map(([, text]) => ({ text }));
      const atFields = PROXY_FIELDS.some((field) => liveProxyServerError(this.store.draft(), this.store.serverErrors(), field));
      if (!atFields && general.length === 0)
        general.push(outcome.message ? { text: outcome.message } : { key: 'accounts.failure.unavailable' });
      this.showSummary(general);
    }
  }

  /** Field problems at their rows, then the candidates still to be ticked, then anything else. */
  private showSummary(general: readonly UiMessage[]): void {
    this.problems.show();
    const unticked = this.store.unacknowledged().map((candidate) => ({
      message: { key: 'people.proxy.duplicates.mustAcknowledge', params: { name: candidate.name } },
      controlId: acknowledgeId(candidate),
    }));
    this.extraItems.set([...unticked, ...general.map((message) => ({ message, controlId: null }))]);
    afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
  }

  private showFailure(reason: RequestFailure): void {
    this.failure.set(reason);
    afterNextRender({ write: () => this.failureBox()?.nativeElement.focus() }, { injector: this.injector });
  }
}

function rowsOf(
  draft: ProxyDraft,
  lang: 'ja' | 'en',
  centers: readonly { id: string; nameJa: string; nameEn: string }[],
): Record<ProxyField, Omit<ConfirmRow, 'field' | 'labelKey'>> {
  const textOrNone = (value: string) => (value.trim() ? { text: value.trim() } : { key: 'people.proxy.confirm.none' });
  const agreed = (given: boolean) => ({
    key: given ? 'people.proxy.confirm.agreed' : 'people.proxy.confirm.notAgreed',
  });
  const iso = parseDateInput(draft.birthDate);
  const center = centers.find((candidate) => candidate.id === draft.centerId);
  return {
    name: { text: draft.name.trim() },
    nameKana: textOrNone(draft.nameKana),
    birthDate: iso ? { text: formatCalendarDate(iso, lang) } : textOrNone(draft.birthDate),
    contactMethod: draft.contactMethod ? { key: `people.contactMethods.${draft.contactMethod}` } : { key: 'people.proxy.confirm.none' },
    phone: textOrNone(draft.phone),
    postalAddress: textOrNone(draft.postalAddress),
    email: textOrNone(draft.email),
    centerId: center ? { text: centerName(center, lang) } : textOrNone(draft.centerId),
    consentRegistration: agreed(draft.consentRegistration),
    consentSensitive: agreed(draft.consentSensitive),
    consentShareContact: agreed(draft.consentShareContact),
  };
}
