import { REQUEST_LIMITS } from '@tsunagu/contracts';
import type { UiMessage } from '../../shared/ui/ui-message';
import type { RequestErrorKind, RequestField } from './request-draft';

/** The control the error summary takes the person to, for each field of the request form. */
export const REQUEST_CONTROL_IDS: Readonly<Record<RequestField, string>> = {
  organisationId: 'request-organisation',
  title: 'request-title',
  description: 'request-description',
  // The heading of 「選んだ分野」: the categories themselves may be folded away.
  categoryCodes: 'request-categories',
  // The first radio button of each group.
  scheduleKind: 'request-schedule-once',
  date: 'request-date',
  startTime: 'request-start-time',
  endTime: 'request-end-time',
  slots: 'request-slot-mon-morning',
  from: 'request-from',
  until: 'request-until',
  areaId: 'request-area',
  address: 'request-address',
  online: 'request-online',
  headcount: 'request-headcount',
  requiredQualifications: 'request-qualifications',
  requiredLanguages: 'request-languages',
  accessibilityNotes: 'request-accessibility',
  whatToBring: 'request-bring',
  costsNote: 'request-costs',
  sensitiveNotes: 'request-sensitive',
  sensitiveConsent: 'request-sensitive-consent',
};

/** The label of each field, as the form, the confirmation and the detail pages show it. */
export const REQUEST_LABEL_KEYS: Readonly<Record<RequestField, string>> = {
  organisationId: 'requests.fields.organisationId.label',
  title: 'requests.fields.title.label',
  description: 'requests.fields.description.label',
  categoryCodes: 'requests.fields.categoryCodes.label',
  scheduleKind: 'requests.fields.scheduleKind.label',
  date: 'requests.fields.date.label',
  startTime: 'requests.fields.startTime.label',
  endTime: 'requests.fields.endTime.label',
  slots: 'requests.fields.slots.label',
  from: 'requests.fields.from.label',
  until: 'requests.fields.until.label',
  areaId: 'requests.fields.areaId.label',
  address: 'requests.fields.address.label',
  online: 'requests.fields.online.summaryLabel',
  headcount: 'requests.fields.headcount.label',
  requiredQualifications: 'requests.fields.requiredQualifications.label',
  requiredLanguages: 'requests.fields.requiredLanguages.label',
  accessibilityNotes: 'requests.fields.accessibilityNotes.label',
  whatToBring: 'requests.fields.whatToBring.label',
  costsNote: 'requests.fields.costsNote.label',
  sensitiveNotes: 'requests.fields.sensitiveNotes.label',
  sensitiveConsent: 'requests.fields.sensitiveConsent.label',
};

/** The numbers the messages mention ({{max}}). */
export function requestErrorParams(field: RequestField): Record<string, number> {
  switch (field) {
    case 'title':
      return { max: REQUEST_LIMITS.titleMaxLength };
    case 'description':
      return { max: REQUEST_LIMITS.descriptionMaxLength };
    case 'categoryCodes':
      return { max: REQUEST_LIMITS.maxCategories };
    case 'address':
      return { max: REQUEST_LIMITS.addressMaxLength };
    case 'headcount':
      return { max: REQUEST_LIMITS.maxHeadcount };
    case 'accessibilityNotes':
    case 'whatToBring':
    case 'costsNote':
    case 'sensitiveNotes':
      return { max: REQUEST_LIMITS.notesMaxLength };
    default:
      return {};
  }
}

/** 「タイトルを入力してください。」 and the like: the key `requests.errors.<field>.<kind>`. */
export function requestErrorMessage(field: RequestField, kind: RequestErrorKind): UiMessage {
  return { key: `requests.errors.${field}.${kind}`, params: requestErrorParams(field) };
}

/** The step names for tsu-step-progress (the confirmation last), per flow. */
export const MEMBER_PROGRESS_KEYS = [
  'requests.steps.content',
  'requests.steps.schedule',
  'requests.steps.place',
  'requests.steps.confirm',
] as const;
export const INTAKE_PROGRESS_KEYS = [
  'requests.steps.requester',
  'requests.steps.content',
  'requests.steps.schedule',
  'requests.steps.place',
  'requests.steps.confirm',
] as const;
