import { required, schema, validate, type ValidationError } from '@angular/forms/signals';
import { nameNeedsReading } from '@tsunagu/matching';
import {
  type AccountErrorKind,
  emailProblem,
  nameKanaProblem,
  nameProblem,
  newPasswordProblem,
  passwordAgainProblem,
} from '../util/account-rules';
import type { SignupDraft } from '../util/signup-draft';

/**
 * The account forms' Signal Forms schemas. The rules themselves are the plain functions in
 * util/account-rules.ts (unit-tested, and used by the signup step guard); an empty field is left
 * to `required()`, which also marks the control as required for assistive technology.
 */
const asError = (kind: AccountErrorKind | null): ValidationError.WithoutFieldTree | undefined => (kind ? { kind } : undefined);
const unlessEmpty = (value: string, problem: () => AccountErrorKind | null) => (value === '' ? undefined : asError(problem()));

export const signupSchema = schema<SignupDraft>((path) => {
  required(path.email);
  validate(path.email, ({ value }) => unlessEmpty(value(), () => emailProblem(value())));

  required(path.password);
  validate(path.password, ({ value }) => unlessEmpty(value(), () => newPasswordProblem(value())));

  required(path.name);
  validate(path.name, ({ value }) => unlessEmpty(value(), () => nameProblem(value())));

  // Only a name with kanji needs a reading (the API applies the same rule).
  required(path.nameKana, { when: ({ valueOf }) => nameNeedsReading(valueOf(path.name)) });
  validate(path.nameKana, ({ value, valueOf }) => unlessEmpty(value(), () => nameKanaProblem(value(), valueOf(path.name))));

  required(path.consentRegistration);
});

export interface LoginDraft {
  email: string;
  password: string;
}

export const loginSchema = schema<LoginDraft>((path) => {
  required(path.email);
  validate(path.email, ({ value }) => unlessEmpty(value(), () => emailProblem(value())));
  // Only presence: a password set under older rules must still work.
  required(path.password);
});

export interface ResetRequestDraft {
  email: string;
}

export const resetRequestSchema = schema<ResetRequestDraft>((path) => {
  required(path.email);
  validate(path.email, ({ value }) => unlessEmpty(value(), () => emailProblem(value())));
});

export interface NewPasswordDraft {
  password: string;
  passwordAgain: string;
}

export const newPasswordSchema = schema<NewPasswordDraft>((path) => {
  required(path.password);
  validate(path.password, ({ value }) => unlessEmpty(value(), () => newPasswordProblem(value())));
  required(path.passwordAgain);
  validate(path.passwordAgain, ({ value, valueOf }) => unlessEmpty(value(), () => passwordAgainProblem(valueOf(path.password), value())));
});
