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
import type { RequestFailure } from '../../core/http/api-problem';
import { LanguageService } from '../../core/i18n/language.service';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { AccountsStore } from '../data-access/accounts.store';
import {
  CONSENT_FIELDS,
  consentTextKey,
  fieldOfApiField,
  liveServerError,
  SIGNUP_STEP_FIELDS,
  SIGNUP_STEP_PATHS,
  SIGNUP_STEPS,
  type SignupField,
  type SignupStep,
} from '../util/signup-draft';
import { SIGNUP_FIELDS } from './signup-fields';

/** One line of the confirmation list. */
interface ConfirmRow {
  field: SignupField;
  labelKey: string;
  /** Shown as typed (text), or a translation key (words such as 「同意する」). */
  text?: string;
  key?: string;
  /** Shown in the reader's own language (the language names are written in themselves). */
  lang?: string;
}

const LABEL_KEYS: Readonly<Record<SignupField, string>> = {
  email: 'accounts.fields.email.label',
  password: 'accounts.fields.password.label',
  name: 'accounts.fields.name.label',
  nameKana: 'accounts.fields.nameKana.label',
  locale: 'accounts.fields.locale.label',
  consentRegistration: `${consentTextKey(CONSENT_FIELDS.consentRegistration)}.title`,
  consentSensitive: `${consentTextKey(CONSENT_FIELDS.consentSensitive)}.title`,
  consentShareContact: `${consentTextKey(CONSENT_FIELDS.consentShareContact)}.title`,
};

/** The id of a row's 「変更する」 link: where the error summary takes the person. */
const changeLinkId = (field: SignupField) => `confirm-change-${field}`;
const CONTROL_IDS = Object.fromEntries(SIGNUP_FIELDS.map((field) => [field, changeLinkId(field)])) as Record<SignupField, string>;

/**
 * 「入力内容の確認」: everything from the three steps on one page, each with 「変更する」, then the
 * send. If the API refuses something (HTTP 400), the summary lists it and links to that row; the
 * step page shows the message again at the field.
 */
@Component({
  selector: 'tsu-signup-confirm-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummaryComponent, StepProgressComponent],
  templateUrl: './signup-confirm.page.html',
  styleUrls: ['./accounts.page.css', './signup-confirm.page.css'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignupConfirmPage {
  private readonly store = inject(AccountsStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);

  protected readonly stepIndex = SIGNUP_STEPS.length;
  protected readonly sending = signal(false);
  protected readonly failure = signal<RequestFailure | null>(null);
  protected readonly changeLinkId = changeLinkId;

  private readonly problems = new FormProblems<SignupField>({
    fields: SIGNUP_FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => {
      const text = liveServerError(this.store.draft(), this.store.serverErrors(), field);
      return text ? { text } : null;
    },
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');

  /** The steps' answers, grouped by step, in the order they were asked. */
  protected readonly sections = computed(() => {
    const draft = this.store.draft();
    const row = (field: SignupField, value: Omit<ConfirmRow, 'field' | 'labelKey'>): ConfirmRow => ({
      field,
      labelKey: LABEL_KEYS[field],
      ...value,
    });
    const agreed = (given: boolean) => ({ key: given ? 'accounts.signup.confirm.agreed' : 'accounts.signup.confirm.notAgreed' });
    const rows: Record<SignupField, ConfirmRow> = {
      email: row('email', { text: draft.email.normalize('NFKC').trim() }),
      password: row('password', { key: 'accounts.signup.confirm.passwordHidden' }),
      name: row('name', { text: draft.name.trim() }),
      nameKana: row('nameKana', draft.nameKana.trim() ? { text: draft.nameKana.trim() } : { key: 'accounts.signup.confirm.none' }),
      locale: row('locale', { key: `language.${draft.locale}`, lang: draft.locale }),
      consentRegistration: row('consentRegistration', agreed(draft.consentRegistration)),
      consentSensitive: row('consentSensitive', agreed(draft.consentSensitive)),
      consentShareContact: row('consentShareContact', agreed(draft.consentShareContact)),
    };
    return SIGNUP_STEPS.map((step: SignupStep) => ({
      step,
      path: SIGNUP_STEP_PATHS[step],
      rows: SIGNUP_STEP_FIELDS[step].map((field) => rows[field]),
    }));
  });

  protected async send(): Promise<void> {
    if (this.sending()) return;
    this.sending.set(true);
    this.failure.set(null);
    const outcome = await this.store.signUp();
    this.sending.set(false);

    if (outcome.kind === 'sent') {
      this.problems.clear();
      await this.router.navigateByUrl('/signup/sent');
      this.store.clearDraft(this.language.current());
    } else if (outcome.kind === 'failed') {
      this.problems.clear();
      this.failure.set(outcome.reason);
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    } else {
      // HTTP 400: messages about a field go to its row; any others are listed as they are.
      const general: UiMessage[] = Object.entries(outcome.fields)
        .filter(([apiField]) => fieldOfApiField(apiField) === null)
        .map(([, text]) => ({ text }));
      const count = this.problems.show(general);
      if (count === 0) this.problems.show([outcome.message ? { text: outcome.message } : { key: 'accounts.failure.unavailable' }]);
      this.afterRender(() => this.summaryBox()?.focus());
    }
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
