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
import { form, submit, type ValidationError } from '@angular/forms/signals';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { PASSWORD_LIMITS } from '@tsunagu/contracts';
import { SessionStore } from '../../core/session/session.store';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { RevealPasswordComponent } from '../../shared/ui/reveal-password.component';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import type { UiMessage } from '../../shared/ui/ui-message';
import { AccountsStore, type DoneOrProblem } from '../data-access/accounts.store';
import { type NewPasswordDraft, newPasswordSchema } from './account-forms.schema';

type NewPasswordField = keyof NewPasswordDraft;
const FIELDS: readonly NewPasswordField[] = ['password', 'passwordAgain'];
const CONTROL_IDS: Record<NewPasswordField, string> = { password: 'new-password', passwordAgain: 'new-password-again' };
const PARAMS = { min: PASSWORD_LIMITS.minLength, max: PASSWORD_LIMITS.maxLength };

/**
 * /password-reset/confirm?token=…, opened from the mail: the new password twice. The API then ends
 * every session of the person, so they go to the login page with 「新しいパスワードを設定しました」.
 */
@Component({
  selector: 'tsu-password-reset-confirm-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummaryComponent, RevealPasswordComponent, TextFieldComponent],
  templateUrl: './password-reset-confirm.page.html',
  styleUrl: './accounts.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordResetConfirmPage {
  private readonly store = inject(AccountsStore);
  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  protected readonly token = inject(ActivatedRoute).snapshot.queryParamMap.get('token')?.trim() ?? '';

  protected readonly passwordForm = form(signal<NewPasswordDraft>({ password: '', passwordAgain: '' }), newPasswordSchema, {
    name: 'new-password',
  });
  protected readonly ids = CONTROL_IDS;
  protected readonly passwordMin = PASSWORD_LIMITS.minLength;
  protected readonly revealed = signal(false);
  protected readonly submitting = computed(() => this.passwordForm().submitting());
  /** The link is invalid, used or expired (the API's words), or the API could not be reached. */
  protected readonly refusal = signal<UiMessage | null>(null);
  /** Only a bad link needs a new mail; a network failure can simply be sent again. */
  protected readonly linkRefused = signal(false);

  private readonly problems = new FormProblems<NewPasswordField>({
    fields: FIELDS,
    controlIds: CONTROL_IDS,
    problem: (field) => {
      const error = this.passwordForm[field]().errors()[0];
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

    let outcome: DoneOrProblem | undefined;
    let tokenMessage = null as string | null;
    const general: UiMessage[] = [];
    await submit(this.passwordForm, {
      action: async (passwords) => {
        outcome = await this.store.confirmPasswordReset({ token: this.token, password: passwords.password().value() });
        if (outcome.kind !== 'refused') return [];
        const problems: ValidationError.WithOptionalFieldTree[] = [];
        for (const [field, message] of Object.entries(outcome.fields)) {
          if (field === 'password') problems.push({ kind: 'server', message, fieldTree: passwords.password });
          else if (field === 'token') tokenMessage = message;
          else general.push({ text: message });
        }
        if (problems.length === 0 && general.length === 0 && !tokenMessage) {
          general.push(outcome.message ? { text: outcome.message } : { key: 'accounts.failure.unavailable' });
        }
        return problems;
      },
    });

    if (outcome?.kind === 'done') {
      this.session.notify('passwordReset');
      await this.router.navigateByUrl('/login');
    } else if (outcome?.kind === 'failed') {
      this.showRefusal({ key: `accounts.failure.${outcome.reason}` }, false);
    } else if (tokenMessage) {
      this.showRefusal({ text: tokenMessage }, true);
    } else if (this.problems.show(general) > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
    }
  }

  private showRefusal(message: UiMessage, linkRefused: boolean): void {
    this.problems.clear();
    this.refusal.set(message);
    this.linkRefused.set(linkRefused);
    this.afterRender(() => this.refusalBox()?.nativeElement.focus());
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
