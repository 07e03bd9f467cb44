import {
  ORGANISATION_LIMITS as LIMITS,
  type OrganisationApplicationRequest,
  type OrganisationKind,
  PHONE_PATTERN,
} from '@tsunagu/contracts';
import { isKanaReading } from '@tsunagu/matching';
import { characterCount } from '../../accounts/util/account-rules';
import { cleanEmail, cleanText, isEmailAddress } from '../../shared/util/text-input';
import { isOrganisationKind } from './organisation-kinds';

/** 団体・企業の登録申請 as typed: every field a string ('' when not chosen or not filled in). */
export interface OrganisationDraft {
  kind: OrganisationKind | '';
  name: string;
  nameKana: string;
  description: string;
  centerId: string;
  address: string;
  representativeName: string;
  phone: string;
  email: string;
}
export type OrganisationField = keyof OrganisationDraft;

/** Page order: the error summary lists problems in the order the person meets the fields. */
export const ORGANISATION_FIELDS: readonly OrganisationField[] = [
  'kind',
  'name',
  'nameKana',
  'description',
  'centerId',
  'address',
  'representativeName',
  'phone',
  'email',
];

/** Error kinds the form raises itself; each has a message per field in the i18n files. */
export type OrganisationErrorKind = 'required' | 'tooLong' | 'kana' | 'phone' | 'email';

export function emptyOrganisationDraft(): OrganisationDraft {
  return {
    kind: '',
    name: '',
    nameKana: '',
    description: '',
    centerId: '',
    address: '',
    representativeName: '',
    phone: '',
    email: '',
  };
}

const MAX_LENGTH: Readonly<Record<OrganisationField, number | null>> = {
  kind: null,
  name: LIMITS.nameMaxLength,
  nameKana: LIMITS.nameKanaMaxLength,
  description: LIMITS.descriptionMaxLength,
  centerId: null,
  address: LIMITS.addressMaxLength,
  representativeName: LIMITS.representativeNameMaxLength,
  phone: LIMITS.phoneMaxLength,
  email: LIMITS.emailMaxLength,
};

/** The limit a field's 「○文字以内」 message names (null: none). */
export function organisationMaxLength(field: OrganisationField): number | null {
  return MAX_LENGTH[field];
}

const OPTIONAL: ReadonlySet<OrganisationField> = new Set(['nameKana', 'address']);

export function isOptionalOrganisationField(field: OrganisationField): boolean {
  return OPTIONAL.has(field);
}

/**
 * The first problem with one field's value, or null: the same rules as the API's
 * OrganisationApplicationDto (ふりがな and 所在地 optional, the rest required; text trimmed).
 */
export function organisationProblem(field: OrganisationField, raw: string): OrganisationErrorKind | null {
  if (field === 'kind') return isOrganisationKind(raw) ? null : 'required';
  const value = field === 'email' ? cleanEmail(raw) : cleanText(raw);
  if (value === '') return OPTIONAL.has(field) ? null : 'required';
  const max = MAX_LENGTH[field];
  if (max !== null && characterCount(value) > max) return 'tooLong';
  if (field === 'nameKana' && !isKanaReading(value)) return 'kana';
  if (field === 'phone' && !PHONE_PATTERN.test(value)) return 'phone';
  if (field === 'email' && !isEmailAddress(value)) return 'email';
  return null;
}

/** Every field with a problem, in page order. */
export function organisationProblems(draft: OrganisationDraft): OrganisationField[] {
  return ORGANISATION_FIELDS.filter((field) => organisationProblem(field, draft[field]) !== null);
}

/** The API's field names are the form's. Anything else belongs to no one field. */
export function organisationFieldOfApiField(apiField: string): OrganisationField | null {
  return ORGANISATION_FIELDS.includes(apiField as OrganisationField) ? (apiField as OrganisationField) : null;
}

/** The body of POST /api/organisations: text trimmed, blank optional fields left out. */
export function toOrganisationRequest(draft: OrganisationDraft): OrganisationApplicationRequest {
  if (!isOrganisationKind(draft.kind)) throw new Error('The kind of group must be chosen before sending.');
  const nameKana = cleanText(draft.nameKana);
  const address = cleanText(draft.address);
  return {
    kind: draft.kind,
    name: cleanText(draft.name),
    ...(nameKana ? { nameKana } : {}),
    centerId: draft.centerId,
    representativeName: cleanText(draft.representativeName),
    phone: cleanText(draft.phone),
    email: cleanEmail(draft.email),
    ...(address ? { address } : {}),
    description: cleanText(draft.description),
  };
}
