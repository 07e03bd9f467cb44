import { ConsentPurpose, PERSON_LIMITS } from '@tsunagu/contracts';
import { ACCOUNT_TEXT_LIMITS } from '../../accounts/util/account-rules';
import { consentTextKey } from '../../accounts/util/signup-draft';
import type { ProxyField } from '../util/proxy-draft';

export const PROXY_CONTROL_IDS: Readonly<Record<ProxyField, string>> = {
  name: 'proxy-name',
  nameKana: 'proxy-name-kana',
  birthDate: 'proxy-birth-date',
  // The first radio button: where the error summary takes the coordinator.
  contactMethod: 'proxy-contact-phone',
  phone: 'proxy-phone',
  postalAddress: 'proxy-postal-address',
  email: 'proxy-email',
  centerId: 'proxy-center',
  consentRegistration: 'proxy-consent-registration',
  consentSensitive: 'proxy-consent-sensitive',
  consentShareContact: 'proxy-consent-share-contact',
};

/** The label of each field, as the form and the confirmation page show it. */
export const PROXY_LABEL_KEYS: Readonly<Record<ProxyField, string>> = {
  name: 'people.fields.name.label',
  nameKana: 'people.fields.nameKana.label',
  birthDate: 'people.fields.birthDate.label',
  contactMethod: 'people.fields.contactMethod.label',
  phone: 'people.fields.phone.label',
  postalAddress: 'people.fields.postalAddress.label',
  email: 'people.fields.email.label',
  centerId: 'people.fields.centerId.label',
  consentRegistration: `${consentTextKey(ConsentPurpose.AccountRegistration)}.title`,
  consentSensitive: `${consentTextKey(ConsentPurpose.SensitiveData)}.title`,
  consentShareContact: `${consentTextKey(ConsentPurpose.ShareContactOnMatch)}.title`,
};

/** The numbers the error messages mention ({{max}}). */
export function proxyErrorParams(field: ProxyField): Record<string, number> {
  switch (field) {
    case 'name':
      return { max: ACCOUNT_TEXT_LIMITS.nameMaxLength };
    case 'nameKana':
      return { max: ACCOUNT_TEXT_LIMITS.nameKanaMaxLength };
    case 'email':
      return { max: ACCOUNT_TEXT_LIMITS.emailMaxLength };
    case 'postalAddress':
      return { max: PERSON_LIMITS.postalAddressMaxLength };
    default:
      return {};
  }
}

/** The step names for tsu-step-progress, in order, ending with the confirmation. */
export const PROXY_PROGRESS_KEYS = [
  'people.proxy.steps.person',
  'people.proxy.steps.contact',
  'people.proxy.steps.consent',
  'people.proxy.steps.confirm',
] as const;
