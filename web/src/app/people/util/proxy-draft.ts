import {
  ContactMethod,
  type ConsentGrant,
  CURRENT_CONSENT_VERSION,
  type DuplicateCheckRequest,
  PERSON_LIMITS,
  PHONE_PATTERN,
  type ProxyRegistrationRequest,
  REQUIRED_AT_REGISTRATION,
} from '@tsunagu/contracts';
import { type AccountErrorKind, characterCount, emailProblem, nameKanaProblem, nameProblem } from '../../accounts/util/account-rules';
import { CONSENT_FIELDS, type ConsentField } from '../../accounts/util/signup-draft';
import { parseDateInput } from '../../shared/util/calendar-date';
import { cleanEmail, cleanText } from '../../shared/util/text-input';

/**
 * 代理登録 (proxy registration) as the coordinator fills it in from a paper form, at the counter or
 * on the phone, across the steps. Kept in memory only: it is someone else's personal data.
 */
export interface ProxyDraft {
  name: string;
  nameKana: string;
  /** As typed: 1944-04-01, 1944/4/1 or 昭和19年4月1日; sent as YYYY-MM-DD. */
  birthDate: string;
  /** 連絡の方法: '' until chosen. */
  contactMethod: ContactMethod | '';
  phone: string;
  postalAddress: string;
  email: string;
  /** The center the person is registered with. */
  centerId: string;
  /** What the person agreed to, on paper or by phone: the same purposes and wording as 新規登録. */
  consentRegistration: boolean;
  consentSensitive: boolean;
  consentShareContact: boolean;
}

export type ProxyField = keyof ProxyDraft;

/** The input steps, in order; the confirmation page comes after them. */
export const PROXY_STEPS = ['person', 'contact', 'consent'] as const;
export type ProxyStep = (typeof PROXY_STEPS)[number];

export const PROXY_STEP_FIELDS: Readonly<Record<ProxyStep, readonly ProxyField[]>> = {
  person: ['name', 'nameKana', 'birthDate'],
  contact: ['contactMethod', 'phone', 'postalAddress', 'email', 'centerId'],
  consent: ['consentRegistration', 'consentSensitive', 'consentShareContact'],
};

/** Page order across the steps: the error summary lists problems in the order they are met. */
export const PROXY_FIELDS: readonly ProxyField[] = PROXY_STEPS.flatMap((step) => PROXY_STEP_FIELDS[step]);

/** The contact methods in the order the form offers them: most people without email have a phone. */
export const CONTACT_METHODS: readonly ContactMethod[] = [ContactMethod.Phone, ContactMethod.Post, ContactMethod.Email];

/** The detail each contact method needs. */
export const CONTACT_DETAIL: Readonly<Record<ContactMethod, 'phone' | 'postalAddress' | 'email'>> = {
  [ContactMethod.Phone]: 'phone',
  [ContactMethod.Post]: 'postalAddress',
  [ContactMethod.Email]: 'email',
};

/** Where each step lives. */
export const PROXY_BASE_PATH = '/staff/people/new';
export const PROXY_STEP_PATHS: Readonly<Record<ProxyStep, string>> = {
  person: PROXY_BASE_PATH,
  contact: `${PROXY_BASE_PATH}/contact`,
  consent: `${PROXY_BASE_PATH}/consent`,
};
export const PROXY_CONFIRM_PATH = `${PROXY_BASE_PATH}/confirm`;
export const PROXY_DONE_PATH = `${PROXY_BASE_PATH}/done`;

/** Birth dates before this are taken for a slip of the pen (1844 for 1944). */
export const EARLIEST_BIRTH_DATE = '1900-01-01';

export type ProxyErrorKind = AccountErrorKind | 'date' | 'range' | 'phone';

export function emptyProxyDraft(centerId: string | null): ProxyDraft {
  return {
    name: '',
    nameKana: '',
    birthDate: '',
    contactMethod: '',
    phone: '',
    postalAddress: '',
    email: '',
    centerId: centerId ?? '',
    consentRegistration: false,
    consentSensitive: false,
    consentShareContact: false,
  };
}

/** 生年月日: a real date, from 1900 to today (in Japan). */
export function birthDateProblem(raw: string, today: string): ProxyErrorKind | null {
  if (cleanText(raw) === '') return 'required';
  const iso = parseDateInput(raw);
  if (iso === null) return 'date';
  return iso < EARLIEST_BIRTH_DATE || iso > today ? 'range' : null;
}

export function phoneProblem(raw: string): ProxyErrorKind | null {
  const phone = cleanText(raw);
  if (phone === '') return 'required';
  return PHONE_PATTERN.test(phone) ? null : 'phone';
}

export function postalAddressProblem(raw: string): ProxyErrorKind | null {
  const address = cleanText(raw);
  if (address === '') return 'required';
  return characterCount(address) > PERSON_LIMITS.postalAddressMaxLength ? 'tooLong' : null;
}

/** True when the chosen contact method needs this detail (it is then ※必須). */
export function detailRequired(method: ContactMethod | '', field: 'phone' | 'postalAddress' | 'email'): boolean {
  return method !== '' && CONTACT_DETAIL[method] === field;
}

/** A contact detail: required for its contact method, checked whenever it is given. */
function detailProblem(
  draft: ProxyDraft,
  field: 'phone' | 'postalAddress' | 'email',
  problem: (raw: string) => ProxyErrorKind | null,
): ProxyErrorKind | null {
  if (cleanText(draft[field]) === '') return detailRequired(draft.contactMethod, field) ? 'required' : null;
  return problem(draft[field]);
}

/** The problem with one field of the draft, or null; the same rules the form shows. */
export function proxyProblem(draft: ProxyDraft, field: ProxyField, today: string): ProxyErrorKind | null {
  switch (field) {
    case 'name':
      return nameProblem(draft.name);
    case 'nameKana':
      return nameKanaProblem(draft.nameKana, draft.name);
    case 'birthDate':
      return birthDateProblem(draft.birthDate, today);
    case 'contactMethod':
      return draft.contactMethod === '' ? 'required' : null;
    case 'phone':
      return detailProblem(draft, 'phone', phoneProblem);
    case 'postalAddress':
      return detailProblem(draft, 'postalAddress', postalAddressProblem);
    case 'email':
      return detailProblem(draft, 'email', emailProblem);
    case 'centerId':
      return draft.centerId === '' ? 'required' : null;
    case 'consentRegistration':
    case 'consentSensitive':
    case 'consentShareContact':
      return REQUIRED_AT_REGISTRATION.includes(CONSENT_FIELDS[field]) && !draft[field] ? 'required' : null;
  }
}

/** The fields of a step that are not right yet, in page order. */
export function proxyStepProblems(draft: ProxyDraft, step: ProxyStep, today: string): ProxyField[] {
  return PROXY_STEP_FIELDS[step].filter((field) => proxyProblem(draft, field, today) !== null);
}

/** The first step with something missing (where a coordinator who skipped ahead is sent), or null. */
export function firstIncompleteProxyStep(draft: ProxyDraft, today: string, before?: ProxyStep): ProxyStep | null {
  const steps = before ? PROXY_STEPS.slice(0, PROXY_STEPS.indexOf(before)) : PROXY_STEPS;
  return steps.find((step) => proxyStepProblems(draft, step, today).length > 0) ?? null;
}

/** The consents the person gave, each with the version of the wording they were shown. */
export function proxyConsentGrants(draft: ProxyDraft): ConsentGrant[] {
  return (Object.keys(CONSENT_FIELDS) as ConsentField[])
    .filter((field) => draft[field])
    .map((field) => ({
      purpose: CONSENT_FIELDS[field],
      version: CURRENT_CONSENT_VERSION[CONSENT_FIELDS[field]],
    }));
}

const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> =>
  value ? ({ [key]: value } as Record<K, string>) : {};

/** What the duplicate check compares: name, ふりがな, birth date and phone, cleaned as they are sent. */
export function toDuplicateCheckRequest(draft: ProxyDraft): DuplicateCheckRequest {
  return {
    name: cleanText(draft.name),
    ...optional('nameKana', cleanText(draft.nameKana)),
    birthDate: parseDateInput(draft.birthDate) ?? cleanText(draft.birthDate),
    ...optional('phone', cleanText(draft.phone)),
  };
}

/** The same request always gives the same key: a new check is needed only when one changes. */
export function duplicateCheckKey(request: DuplicateCheckRequest): string {
  return JSON.stringify([request.name, request.nameKana ?? '', request.birthDate, request.phone ?? '']);
}

/** The body of POST /api/people: trimmed as the API trims, empty details left out. */
export function toProxyRequest(draft: ProxyDraft, acknowledgedDuplicateIds: readonly string[]): ProxyRegistrationRequest {
  if (draft.contactMethod === '') throw new Error('The contact method is chosen before the request is built.');
  return {
    ...toDuplicateCheckRequest(draft),
    ...optional('email', cleanEmail(draft.email)),
    ...optional('postalAddress', cleanText(draft.postalAddress)),
    contactMethod: draft.contactMethod,
    centerId: draft.centerId,
    consents: proxyConsentGrants(draft),
    acknowledgedDuplicateIds: [...acknowledgedDuplicateIds],
  };
}

/** API field names (ProxyRegistrationRequest) → the form field that shows the message. */
export function proxyFieldOfApiField(apiField: string): ProxyField | null {
  const fields: Readonly<Record<string, ProxyField>> = {
    name: 'name',
    nameKana: 'nameKana',
    birthDate: 'birthDate',
    phone: 'phone',
    email: 'email',
    postalAddress: 'postalAddress',
    contactMethod: 'contactMethod',
    centerId: 'centerId',
    // A required purpose of use was not recorded (or its wording changed since the page loaded).
    consents: 'consentRegistration',
  };
  return fields[apiField] ?? null;
}

/** A message from the API about one field, with the value it was about. */
export interface ProxyServerError {
  text: string;
  value: ProxyDraft[ProxyField];
}
export type ProxyServerErrors = Partial<Record<ProxyField, ProxyServerError>>;

/** The API's message for a field still applies while the field holds the value it was about. */
export function liveProxyServerError(draft: ProxyDraft, errors: ProxyServerErrors, field: ProxyField): string | null {
  const error = errors[field];
  return error && error.value === draft[field] ? error.text : null;
}
