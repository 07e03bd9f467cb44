import type { StaffIntakeRequest } from '@tsunagu/contracts';
import {
  emptyProxyDraft,
  type ProxyDraft,
  type ProxyErrorKind,
  type ProxyField,
  proxyProblem,
  toProxyRequest,
} from '../../people/util/proxy-draft';
import { type RequestDraft, toRequestFields } from './request-draft';

/**
 * 電話・窓口で受けた依頼: who asked. Either a person already registered (found by name or
 * ふりがな), or a new person without an account, registered by proxy (代理登録) in the same step,
 * with the same fields, rules, duplicate check and consents as /staff/people/new.
 */
export type RequesterMode = 'existing' | 'new';

export interface IntakeDraft {
  mode: RequesterMode | '';
  /** The registered person chosen from the search. */
  personId: string;
  /** Their name, to show on the confirmation page. */
  personName: string;
  /** The center that takes the request (the coordinator's own unless they choose another). */
  centerId: string;
  /** A new person: the 代理登録 fields (its centerId follows the request's center). */
  person: ProxyDraft;
}

/** What the new person's part asks, in page order: the 代理登録 fields without the center (asked once, for the request). */
export const NEW_PERSON_FIELDS: readonly Exclude<ProxyField, 'centerId'>[] = [
  'name',
  'nameKana',
  'birthDate',
  'contactMethod',
  'phone',
  'postalAddress',
  'email',
  'consentRegistration',
  'consentSensitive',
  'consentShareContact',
];
export type NewPersonField = (typeof NEW_PERSON_FIELDS)[number];

/** Problems of the requester step: keys are 'mode', 'personId', 'centerId' or 'person.<field>'. */
export type IntakeProblemKey = 'mode' | 'personId' | 'centerId' | `person.${NewPersonField}`;
export type IntakeErrorKind = ProxyErrorKind;

export function emptyIntakeDraft(centerId: string | null): IntakeDraft {
  return { mode: '', personId: '', personName: '', centerId: centerId ?? '', person: emptyProxyDraft(centerId) };
}

/** Every key the step can flag, in page order (the error summary follows it). */
export const INTAKE_PROBLEM_KEYS: readonly IntakeProblemKey[] = [
  'mode',
  'personId',
  ...NEW_PERSON_FIELDS.map((field) => `person.${field}` as const),
  'centerId',
];

/** The problem with one part of the requester step, or null; the 代理登録 rules for a new person. */
export function intakeProblem(draft: IntakeDraft, key: IntakeProblemKey, today: string): IntakeErrorKind | null {
  if (key === 'mode') return draft.mode === '' ? 'required' : null;
  if (key === 'personId') return draft.mode === 'existing' && draft.personId === '' ? 'required' : null;
  if (key === 'centerId') return draft.centerId === '' ? 'required' : null;
  if (draft.mode !== 'new') return null;
  const field = key.slice('person.'.length) as NewPersonField;
  return proxyProblem({ ...draft.person, centerId: draft.centerId }, field, today);
}

export function intakeProblems(draft: IntakeDraft, today: string): IntakeProblemKey[] {
  return INTAKE_PROBLEM_KEYS.filter((key) => intakeProblem(draft, key, today) !== null);
}

/** POST /api/requests/intake: the request's fields, the center, and who asked. */
export function toStaffIntakeRequest(
  intake: IntakeDraft,
  request: RequestDraft,
  acknowledgedDuplicateIds: readonly string[],
): StaffIntakeRequest {
  const fields = toRequestFields(request, 'staff');
  if (intake.mode === 'existing') return { ...fields, centerId: intake.centerId, requesterPersonId: intake.personId, newRequester: null };
  if (intake.mode === 'new') {
    const { centerId: _center, ...newRequester } = toProxyRequest(
      { ...intake.person, centerId: intake.centerId },
      acknowledgedDuplicateIds,
    );
    return { ...fields, centerId: intake.centerId, requesterPersonId: null, newRequester };
  }
  throw new Error('Who asked is chosen before the request is built.');
}

/** API field names of the intake → the requester step's key (new person's fields come as newRequester.<field>). */
export function intakeKeyOfApiField(apiField: string): IntakeProblemKey | null {
  if (apiField === 'requesterPersonId') return 'personId';
  if (apiField === 'centerId') return 'centerId';
  if (apiField === 'newRequester') return 'mode';
  const match = /^newRequester\.(\w+)/.exec(apiField);
  if (!match) return null;
  const field = match[1] === 'consents' ? 'consentRegistration' : match[1];
  return (NEW_PERSON_FIELDS as readonly string[]).includes(field) ? (`person.${field}` as IntakeProblemKey) : null;
}
