import type { UiMessage } from '../../shared/ui/ui-message';
import { proxyErrorParams } from '../../people/feature/proxy-fields';
import type { IntakeErrorKind, IntakeProblemKey, NewPersonField } from '../util/intake-draft';

/** The control the error summary takes the coordinator to, for each part of 「依頼する方」. */
export const INTAKE_CONTROL_IDS: Readonly<Record<IntakeProblemKey, string>> = {
  mode: 'intake-mode-existing',
  personId: 'intake-search',
  'person.name': 'intake-name',
  'person.nameKana': 'intake-name-kana',
  'person.birthDate': 'intake-birth-date',
  'person.contactMethod': 'intake-contact-phone',
  'person.phone': 'intake-phone',
  'person.postalAddress': 'intake-postal-address',
  'person.email': 'intake-email',
  'person.consentRegistration': 'intake-consent-registration',
  'person.consentSensitive': 'intake-consent-sensitive',
  'person.consentShareContact': 'intake-consent-share-contact',
  centerId: 'intake-center',
};

/** The messages: the new person's fields say what 代理登録 says. */
export function intakeErrorMessage(key: IntakeProblemKey, kind: IntakeErrorKind): UiMessage {
  if (key === 'mode' || key === 'personId' || key === 'centerId') return { key: `requests.intake.errors.${key}.${kind}` };
  const field = key.slice('person.'.length) as NewPersonField;
  return { key: `people.errors.${field}.${kind}`, params: proxyErrorParams(field) };
}
