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
import { type FieldTree, form, submit, type ValidationError } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_LIMITS } from '@tsunagu/contracts';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { type LoginOutcome, type SessionNotice, SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { RevealPasswordComponent } from '../../shared/ui/reveal-password.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { cleanEmail } from '../../shared/util/text-input';
import { ACCOUNT_TEXT_LIMITS } from '../util/account-rules';
import { safeReturnUrl } from '../util/return-url';
import { type LoginDraft, loginSchema } from './account-forms.schema';

type LoginField = keyof LoginDraft;
const FIELDS: readonly LoginField[] = ['email', 'password'];
const CONTROL_IDS: Record<LoginField, string> = { email: 'login-email', password: 'login-password' };
const PARAMS = { max: ACCOUNT_TEXT_LIMITS.emailMaxLength, min: PASSWORD_LIMITS.minLength };

/** Notices other pages leave for this one (after logging out, after a new password). */
const NOTICES: readonly SessionNotice[] = ['loggedOut', 'loggedOutEverywhere', 'passwordReset'];

/**
 * ログイン. Problems with the input are listed in the error summary; the API's answers to a wrong
 * password (401), an unconfirmed address (403) and too many tries (429) are shown word for word.
 * Afterwards the person goes back where they came from (a same-site `returnUrl`) or to マイページ.
 */
@Component({
  selector: 'tsu-login-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummaryComponent, RevealPasswordComponent, TextFieldComponent],
  templateUrl: './login.page.html',
  styleUrl: './accounts.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoginPage {
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);
  private readonly returnUrl = safeReturnUrl(inject(ActivatedRoute).snapshot.queryParamMap.get('returnUrl'));

  protected readonly loginForm = form(signal<LoginDraft>({ email: '', password: '' }), loginSchema, { name: 'login' });
  protected readonly ids = CONTROL_IDS;
  protected readonly revealed = signal(false);
  protected readonly submitting = computed(() => this.loginForm().submitting());
  protected readonly notice = this.session.takeNotice(NOTICES);
  /** Why the API did not log the person in (its own words), or why it could not be asked. */
  protected readonly refusal = signal<UiMessage | null>(null);

  private readonly problems = new FormProblems<LoginField>({
    fields: FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => {
      const error = this.loginForm[field]().errors()[0];
      if (!error) return null;
      if (error.kind === 'server') return { text: error.message ?? '' };
      return { key: `accounts.errors.${field}.${error.kind}`, params: PARAMS };
    },
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly refusalBox = viewChild<ElementRef<HTMLElement>>('refusalBox');

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    this.refusal.set(null);

    let outcome: LoginOutcome | undefined;
    await submit(this.loginForm, {
      action: async (login) => {
        const { email, password } = login().value();
        outcome = await this.session.login({ email: cleanEmail(email), password });
        return outcome.kind === 'refused' && outcome.status === 400 ? fieldErrors(login, outcome.fields) : [];
      },
    });

    if (outcome?.kind === 'signed-in') {
      this.problems.clear();
      await this.router.navigateByUrl(this.returnUrl ?? '/me');
    } else if (outcome && outcome.kind !== 'refused') {
      this.showRefusal({ key: `accounts.failure.${outcome.reason}` });
    } else if (outcome?.kind === 'refused' && outcome.status !== 400) {
      this.showRefusal(outcome.message ? { text: outcome.message } : { key: 'accounts.failure.unavailable' });
    } else {
      // Refused before sending (the form's own checks) or by the API (HTTP 400).
      const general =
        outcome?.kind === 'refused' && Object.keys(outcome.fields).length === 0 && outcome.message ? [{ text: outcome.message }] : [];
      if (this.problems.show(general) > 0) this.afterRender(() => this.summaryBox()?.focus());
    }
  }

  private showRefusal(message: UiMessage): void {
    this.problems.clear();
    this.refusal.set(message);
    this.afterRender(() => this.refusalBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}

function fieldErrors(login: FieldTree<LoginDraft>, fields: Readonly<Record<string, string>>): ValidationError.WithOptionalFieldTree[] {
  return Object.entries(fields)
    .filter((entry): entry is [LoginField, string] => entry[0] === 'email' || entry[0] === 'password')
    .map(([field, message]) => ({ kind: 'server', message, fieldTree: login[field] }));
}
