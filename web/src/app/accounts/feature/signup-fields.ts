import { PASSWORD_LIMITS } from '@tsunagu/contracts';
import { ACCOUNT_TEXT_LIMITS } from '../util/account-rules';
import type { SignupField } from '../util/signup-draft';

/** Page order across the steps: the error summary lists problems in the order they are met. */
export const SIGNUP_FIELDS: readonly SignupField[] = [
  'email',
  'password',
  'name',
  'nameKana',
  'locale',
  'consentRegistration',
  'consentSensitive',
  'consentShareContact',
];

export const SIGNUP_CONTROL_IDS: Readonly<Record<SignupField, string>> = {
  email: 'signup-email',
  password: 'signup-password',
  name: 'signup-name',
  nameKana: 'signup-name-kana',
  locale: 'signup-locale-ja',
  consentRegistration: 'signup-consent-registration',
  consentSensitive: 'signup-consent-sensitive',
  consentShareContact: 'signup-consent-share-contact',
};

/** The numbers the error messages mention ({{min}}, {{max}}). */
export function signupErrorParams(field: SignupField): Record<string, number> {
  switch (field) {
    case 'email':
      return { max: ACCOUNT_TEXT_LIMITS.emailMaxLength };
    case 'password':
      return { min: PASSWORD_LIMITS.minLength, max: PASSWORD_LIMITS.maxLength };
    case 'name':
      return { max: ACCOUNT_TEXT_LIMITS.nameMaxLength };
    case 'nameKana':
      return { max: ACCOUNT_TEXT_LIMITS.nameKanaMaxLength };
    default:
      return {};
  }
}
