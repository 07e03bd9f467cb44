import { computed, inject, Injectable, signal } from '@angular/core';
import {
  DEFAULT_LOCALE,
  type Locale,
  type PasswordResetConfirmRequest,
  type PasswordResetRequest,
  type PersonalDataExport,
  type Viewer,
} from '@tsunagu/contracts';
import { firstValueFrom } from 'rxjs';
import type { ApiProblem } from '../../core/http/api-problem';
import { problemOf } from '../../core/http/http-problem';
import { SessionStore } from '../../core/session/session.store';
import { emptySignupDraft, fieldOfApiField, type ServerFieldErrors, type SignupDraft, toSignUpRequest } from '../util/signup-draft';
import { AccountsApiService } from './accounts-api.service';

export type SignupOutcome = { kind: 'sent'; email: string } | ApiProblem;
export type VerifyOutcome = { kind: 'verified'; viewer: Viewer } | ApiProblem;
export type DoneOrProblem = { kind: 'done' } | ApiProblem;
export type MyDataOutcome = { kind: 'ready'; data: PersonalDataExport } | ApiProblem;

/**
 * Signal store for the account pages. The signup draft lives in memory only, never in storage:
 * it holds a password and personal data. Moving between the steps keeps it; a reload or a
 * successful send clears it.
 */
@Injectable({ providedIn: 'root' })
export class AccountsStore {
  private readonly api = inject(AccountsApiService);
  private readonly session = inject(SessionStore);

  readonly draft = signal<SignupDraft>(emptySignupDraft(DEFAULT_LOCALE));
  /** Until the person picks the mail language themselves, it follows the UI language. */
  readonly replyLocaleChosen = signal(false);
  /** The API's messages from the last send, per field, until the field is changed. */
  readonly serverErrors = signal<ServerFieldErrors>({});
  private readonly sent = signal<string | null>(null);
  /** The address the confirmation mail went to (for 「確認のメールを送りました」). */
  readonly sentTo = computed(() => this.sent());

  async signUp(): Promise<SignupOutcome> {
    const draft = this.draft();
    try {
      const { email } = await firstValueFrom(this.api.signUp(toSignUpRequest(draft)));
      this.sent.set(email);
      return { kind: 'sent', email };
    } catch (error) {
      const problem = problemOf(error);
      if (problem.kind === 'refused') this.serverErrors.set(serverErrorsOf(draft, problem.fields));
      return problem;
    }
  }

  /** After a successful send the password and the rest are dropped. */
  clearDraft(locale: Locale): void {
    this.draft.set(emptySignupDraft(locale));
    this.replyLocaleChosen.set(false);
    this.serverErrors.set({});
  }

  async verifyEmail(token: string): Promise<VerifyOutcome> {
    try {
      const viewer = await firstValueFrom(this.api.verifyEmail({ token }));
      this.session.signedInAs(viewer);
      return { kind: 'verified', viewer };
    } catch (error) {
      return problemOf(error);
    }
  }

  async requestPasswordReset(request: PasswordResetRequest): Promise<DoneOrProblem> {
    try {
      await firstValueFrom(this.api.requestPasswordReset(request));
      return { kind: 'done' };
    } catch (error) {
      return problemOf(error);
    }
  }

  /** 「自分のデータをダウンロード」: the data, for the page to save as a file. */
  async myData(): Promise<MyDataOutcome> {
    try {
      return { kind: 'ready', data: await firstValueFrom(this.api.myData()) };
    } catch (error) {
      return problemOf(error, [401, 404]);
    }
  }

  /**
   * 「登録を削除する」: the API erases the person's data and ends their sessions; here the viewer
   * is forgotten and the home page is told to say 「登録を削除しました」.
   */
  async deleteRegistration(): Promise<DoneOrProblem> {
    try {
      await firstValueFrom(this.api.deleteRegistration());
    } catch (error) {
      return problemOf(error, [401, 404]);
    }
    this.session.signedOut();
    this.session.notify('registrationDeleted');
    return { kind: 'done' };
  }

  /** The API ends every session of the person, this browser's included. */
  async confirmPasswordReset(request: PasswordResetConfirmRequest): Promise<DoneOrProblem> {
    try {
      await firstValueFrom(this.api.confirmPasswordReset(request));
      this.session.signedOut();
      return { kind: 'done' };
    } catch (error) {
      return problemOf(error);
    }
  }
}

function serverErrorsOf(draft: SignupDraft, fields: Readonly<Record<string, string>>): ServerFieldErrors {
  const errors: ServerFieldErrors = {};
  for (const [apiField, text] of Object.entries(fields)) {
    const field = fieldOfApiField(apiField);
    if (field && !errors[field]) errors[field] = { text, value: draft[field] };
  }
  return errors;
}
