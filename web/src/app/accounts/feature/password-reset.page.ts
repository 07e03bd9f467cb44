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
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import type { RequestFailure } from '../../core/http/api-problem';
import { SITE_CONTACT } from '../../core/site/site-contact';
import { ErrorSummaryComponent } from '../../shared/ui/error-summary.component';
import { FormProblems } from '../../shared/ui/form-problems';
import { TextFieldComponent } from '../../shared/ui/text-field.component';
import { cleanEmail } from '../../shared/util/text-input';
import { AccountsStore, type DoneOrProblem } from '../data-access/accounts.store';
import { ACCOUNT_TEXT_LIMITS, MAILED_LINK_HOURS } from '../util/account-rules';
import { type ResetRequestDraft, resetRequestSchema } from './account-forms.schema';

const CONTROL_IDS = { email: 'reset-email' } as const;

/**
 * パスワードの再設定, first half: the person gives their address and we mail a link. The answer is
 * the same whether or not the address has an account (HTTP 202), so the page says 「登録されている
 * 場合は」 and never tells who is registered.
 */
@Component({
  selector: 'tsu-password-reset-page',
  imports: [RouterLink, TranslocoPipe, ErrorSummaryComponent, TextFieldComponent],
  templateUrl: './password-reset.page.html',
  styleUrl: './accounts.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordResetPage {
  private readonly store = inject(AccountsStore);
  private readonly injector = inject(Injector);
  protected readonly contact = inject(SITE_CONTACT);
  protected readonly hours = MAILED_LINK_HOURS.passwordReset;

  protected readonly resetForm = form(signal<ResetRequestDraft>({ email: '' }), resetRequestSchema, { name: 'reset' });
  protected readonly ids = CONTROL_IDS;
  protected readonly submitting = computed(() => this.resetForm().submitting());
  /** The address the mail went to, once the API took the request. */
  protected readonly sentTo = signal<string | null>(null);
  protected readonly failure = signal<RequestFailure | null>(null);

  private readonly problems = new FormProblems<'email'>({
    fields: ['email'],
    controlIds: CONTROL_IDS,
    problem: () => {
      const error = this.resetForm.email().errors()[0];
      if (!error) return null;
      if (error.kind === 'server') return { text: error.message ?? '' };
      return { key: `accounts.errors.email.${error.kind}`, params: { max: ACCOUNT_TEXT_LIMITS.emailMaxLength } };
    },
  });
  protected readonly errors = this.problems.errors;
  protected readonly summary = this.problems.summary;
  private readonly summaryBox = viewChild(ErrorSummaryComponent);
  private readonly failureBox = viewChild<ElementRef<HTMLElement>>('failureBox');
  private readonly sentHeading = viewChild<ElementRef<HTMLElement>>('sentHeading');

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    if (this.submitting()) return;
    this.failure.set(null);

    let outcome: DoneOrProblem | undefined;
    const general: { text: string }[] = [];
    await submit(this.resetForm, {
      action: async (reset) => {
        const email = cleanEmail(reset.email().value());
        outcome = await this.store.requestPasswordReset({ email });
        if (outcome.kind === 'done') this.sentTo.set(email);
        if (outcome.kind !== 'refused') return [];
        const problems: ValidationError.WithOptionalFieldTree[] = [];
        for (const [field, message] of Object.entries(outcome.fields)) {
          if (field === 'email') problems.push({ kind: 'server', message, fieldTree: reset.email });
          else general.push({ text: message });
        }
        if (problems.length === 0 && general.length === 0 && outcome.message) general.push({ text: outcome.message });
        return problems;
      },
    });

    if (outcome?.kind === 'done') {
      this.problems.clear();
      this.afterRender(() => this.sentHeading()?.nativeElement.focus());
    } else if (outcome?.kind === 'failed') {
      this.problems.clear();
      this.failure.set(outcome.reason);
      this.afterRender(() => this.failureBox()?.nativeElement.focus());
    } else if (this.problems.show(general) > 0) {
      this.afterRender(() => this.summaryBox()?.focus());
    }
  }

  private afterRender(write: () => void): void {
    afterNextRender({ write }, { injector: this.injector });
  }
}
