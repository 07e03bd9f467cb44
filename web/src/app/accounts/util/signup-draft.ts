import {
  ConsentPurpose,
  type ConsentGrant,
  CURRENT_CONSENT_VERSION,
  type Locale,
  REQUIRED_AT_REGISTRATION,
  type SignUpRequest,
} from '@tsunagu/contracts';
import { cleanEmail, cleanText } from '../../shared/util/text-input';
import { type AccountErrorKind, emailProblem, nameKanaProblem, nameProblem, newPasswordProblem } from './account-rules';

/** 新規登録 as the person fills it in, across the steps. Kept in memory only (it holds a password). */
export interface SignupDraft {
  email: string;
  password: string;
  name: string;
  nameKana: string;
  /** Language of the mails we send. */
  locale: Locale;
  /** 利用目的 (account-registration): required. */
  consentRegistration: boolean;
  /** 要配慮個人情報 (sensitive-data): optional. */
  consentSensitive: boolean;
  /** Contact details to the other side of an approved match: optional. */
  consentShareContact: boolean;
}

export type SignupField = keyof SignupDraft;

/** The input steps, in order; the confirmation page comes after them. */
export const SIGNUP_STEPS = ['account', 'name', 'consent'] as const;
export type SignupStep = (typeof SIGNUP_STEPS)[number];

export const SIGNUP_STEP_FIELDS: Readonly<Record<SignupStep, readonly SignupField[]>> = {
  account: ['email', 'password'],
  name: ['name', 'nameKana', 'locale'],
  consent: ['consentRegistration', 'consentSensitive', 'consentShareContact'],
};

/** Which consent box stands for which purpose of use. */
export const CONSENT_FIELDS = {
  consentRegistration: ConsentPurpose.AccountRegistration,
  consentSensitive: ConsentPurpose.SensitiveData,
  consentShareContact: ConsentPurpose.ShareContactOnMatch,
} as const satisfies Partial<Record<SignupField, ConsentPurpose>>;
export type ConsentField = keyof typeof CONSENT_FIELDS;

export function emptySignupDraft(locale: Locale): SignupDraft {
  return {
    email: '',
    password: '',
    name: '',
    nameKana: '',
    locale,
    consentRegistration: false,
    consentSensitive: false,
    consentShareContact: false,
  };
}

/** The problem with one field of the draft, or null; the same rules the form shows. */
export function signupProblem(draft: SignupDraft, field: SignupField): AccountErrorKind | null {
  switch (field) {
    case 'email':
      return emailProblem(draft.email);
    case 'password':
      return newPasswordProblem(draft.password);
    case 'name':
      return nameProblem(draft.name);
    case 'nameKana':
      return nameKanaProblem(draft.nameKana, draft.name);
    case 'consentRegistration':
    case 'consentSensitive':
    case 'consentShareContact':
      return REQUIRED_AT_REGISTRATION.includes(CONSENT_FIELDS[field]) && !draft[field] ? 'required' : null;
    case 'locale':
      return null;
  }
}

/** The fields of a step that are not right yet, in page order. */
export function stepProblems(draft: SignupDraft, step: SignupStep): SignupField[] {
  return SIGNUP_STEP_FIELDS[step].filter((field) => signupProblem(draft, field) !== null);
}

/** The first step with something missing (where a person who skipped ahead is sent), or null. */
export function firstIncompleteStep(draft: SignupDraft, before?: SignupStep): SignupStep | null {
  const steps = before ? SIGNUP_STEPS.slice(0, SIGNUP_STEPS.indexOf(before)) : SIGNUP_STEPS;
  return steps.find((step) => stepProblems(draft, step).length > 0) ?? null;
}

/** The consents given, each with the version of the wording the person was shown. */
export function consentGrants(draft: SignupDraft): ConsentGrant[] {
  return (Object.keys(CONSENT_FIELDS) as ConsentField[])
    .filter((field) => draft[field])
    .map((field) => ({ purpose: CONSENT_FIELDS[field], version: CURRENT_CONSENT_VERSION[CONSENT_FIELDS[field]] }));
}

/** The request body for POST /api/accounts: trimmed as the API trims, the password as typed. */
export function toSignUpRequest(draft: SignupDraft): SignUpRequest {
  const nameKana = cleanText(draft.nameKana);
  return {
    email: cleanEmail(draft.email),
    password: draft.password,
    name: cleanText(draft.name),
    ...(nameKana ? { nameKana } : {}),
    locale: draft.locale,
    consents: consentGrants(draft),
  };
}

/** API field names (SignUpRequest) → the form field that shows the message. */
export function fieldOfApiField(apiField: string): SignupField | null {
  const fields: Readonly<Record<string, SignupField>> = {
    email: 'email',
    password: 'password',
    name: 'name',
    nameKana: 'nameKana',
    locale: 'locale',
    // A required purpose of use was not accepted (or its wording changed since the page loaded).
    consents: 'consentRegistration',
  };
  return fields[apiField] ?? null;
}

/** A message from the API about one field, with the value it was about. */
export interface ServerFieldError {
  text: string;
  value: SignupDraft[SignupField];
}
export type ServerFieldErrors = Partial<Record<SignupField, ServerFieldError>>;

/** The API's message for a field still applies while the field holds the value it was about. */
export function liveServerError(draft: SignupDraft, errors: ServerFieldErrors, field: SignupField): string | null {
  const error = errors[field];
  return error && error.value === draft[field] ? error.text : null;
}

/** Where each step lives (the confirmation page is /signup/confirm). */
export const SIGNUP_STEP_PATHS: Readonly<Record<SignupStep, string>> = {
  account: '/signup',
  name: '/signup/name',
  consent: '/signup/consent',
};
export const SIGNUP_CONFIRM_PATH = '/signup/confirm';

/**
 * Where a purpose's wording lives in the translation files: `consent.<purpose>.<version>`, the
 * version being the one the API records, so the wording shown and the version sent cannot drift.
 */
export function consentTextKey(purpose: ConsentPurpose): string {
  return `consent.${purpose}.${CURRENT_CONSENT_VERSION[purpose]}`;
}
