import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  Injector,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { form } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_LIMITS } from '@tsunagu/contracts';
import { nameNeedsReading } from '@tsunagu/matching';
import { LanguageService } from '../../core/i18n/language.service';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FieldsetComponent } from '../../shared/ui/fieldset.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { REPLY_LANGUAGE_OPTIONS } from '../../shared/ui/language-options';
import { RadioChoicesComponent } from '../../shared/ui/radio-choices.component';
import { RevealPasswordComponent } from '../../shared/ui/reveal-password.component';
import { StepProgressComponent } from '../../shared/ui/step-progress.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { cleanEmail } from '../../shared/util/text-input';
import { AccountsStore } from '../data-access/accounts.store';
import { AccountConsentsComponent } from '../ui/account-consents.component';
import {
  liveServerError,
  SIGNUP_CONFIRM_PATH,
  SIGNUP_STEP_FIELDS,
  SIGNUP_STEP_PATHS,
  SIGNUP_STEPS,
  type SignupField,
  type SignupStep,
} from '../util/signup-draft';
import { signupSchema } from './account-forms.schema';
import { SIGNUP_CONTROL_IDS, SIGNUP_FIELDS, signupErrorParams } from './signup-fields';

/**
 * 新規登録, one input step per page (/signup, /signup/name, /signup/consent): a few fields at a
 * time, 「ステップ 1/4」 and the list of steps at the top, Next and Back at the bottom. The form is
 * bound to the store's in-memory draft, so going back and forth keeps what was typed.
 */
@Component({
  selector: 'tsu-signup-step-page',
  imports: [
    RouterLink,
    TranslocoPipe,
    AccountConsentsComponent,
    ErrorSummaryComponent,
    FieldsetComponent,
    RadioChoicesComponent,
    RevealPasswordComponent,
    StepProgressComponent,
    TextFieldComponent,
  ],
  templateUrl: './signup-step.page.html',
  styleUrl: './accounts.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignupStepPage {
  private readonly store = inject(AccountsStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);

  protected readonly step = this.route.snapshot.data['step'] as SignupStep;
  protected readonly stepIndex = SIGNUP_STEPS.indexOf(this.step);
  /** Came here with 「変更する」 from the confirmation page: Next goes straight back there. */
  protected readonly fromConfirm = this.route.snapshot.queryParamMap.get('from') === 'confirm';
  protected readonly previousPath = this.stepIndex > 0 ? SIGNUP_STEP_PATHS[SIGNUP_STEPS[this.stepIndex - 1]] : null;

  protected readonly signupForm = form(this.store.draft, signupSchema, { name: 'signup' });
  protected readonly ids = SIGNUP_CONTROL_IDS;
  protected readonly passwordMin = PASSWORD_LIMITS.minLength;
  protected readonly revealed = signal(false);
  protected readonly readingRequired = computed(() => nameNeedsReading(this.signupForm.name().value()));

  protected readonly languageOptions = REPLY_LANGUAGE_OPTIONS;

  private readonly problems = new FormProblems<SignupField>({
    fields: SIGNUP_FIELDS,
    controlIds: SIGNUP_CONTROL_IDS,
    problem: (field) => this.messageFor(field),
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);

  constructor() {
    // Mails go out in the UI language unless the person picks another one.
    effect(() => {
      const lang = this.language.current();
      untracked(() => {
        if (!this.store.replyLocaleChosen()) this.signupForm.locale().value.set(lang);
      });
    });
    // Back from the confirmation page after the API refused something here: show it at once.
    if (SIGNUP_STEP_FIELDS[this.step].some((field) => this.serverMessage(field))) {
      this.problems.show([], SIGNUP_STEP_FIELDS[this.step]);
    }
  }

  protected chooseReplyLocale(): void {
    this.store.replyLocaleChosen.set(true);
  }

  /** 「次へ進む」: this step's fields must be right; the draft is already in the store. */
  protected async next(event: Event): Promise<void> {
    event.preventDefault();
    const fields = SIGNUP_STEP_FIELDS[this.step];
    for (const field of fields) this.signupForm[field]().markAsTouched();
    if (this.problems.show([], fields) > 0) {
      afterNextRender({ write: () => this.summaryBox()?.focus() }, { injector: this.injector });
      return;
    }
    // Show the address as it will be sent (an IME's full-width ｈａｎａｋｏ＠… becomes hanako@…).
    if (this.step === 'account') this.signupForm.email().value.update(cleanEmail);
    const last = this.stepIndex === SIGNUP_STEPS.length - 1;
    await this.router.navigateByUrl(this.fromConfirm || last ? SIGNUP_CONFIRM_PATH : SIGNUP_STEP_PATHS[SIGNUP_STEPS[this.stepIndex + 1]]);
  }

  private serverMessage(field: SignupField): string | null {
    return liveServerError(this.store.draft(), this.store.serverErrors(), field);
  }

  private messageFor(field: SignupField): UiMessage | null {
    const error = this.signupForm[field]().errors()[0];
    if (error) return { key: `accounts.errors.${field}.${error.kind}`, params: signupErrorParams(field) };
    const server = this.serverMessage(field);
    return server ? { text: server } : null;
  }
}
