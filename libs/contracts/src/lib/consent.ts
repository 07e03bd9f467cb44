/**
 * 同意 (consent): each purpose of use has a version; the wording for a version lives in the
 * web translation files and must change together with the version here.
 */
export const ConsentPurpose = {
  VolunteerEnquiry: 'volunteer-enquiry',
  /** 利用目的: the purposes of use shown at registration (required to register). */
  AccountRegistration: 'account-registration',
  /** 要配慮個人情報: health, disability and similar notes (optional, explicit). */
  SensitiveData: 'sensitive-data',
  /** Giving contact details to the other side of an approved match (optional). */
  ShareContactOnMatch: 'share-contact-on-match',
} as const;
export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose];

export const CURRENT_CONSENT_VERSION: Record<ConsentPurpose, string> = {
  [ConsentPurpose.VolunteerEnquiry]: '2026-11-01',
  [ConsentPurpose.AccountRegistration]: '2026-11-23',
  [ConsentPurpose.SensitiveData]: '2026-11-23',
  [ConsentPurpose.ShareContactOnMatch]: '2026-11-23',
};

/** Purposes a person must accept to register; the others stay their free choice. */
export const REQUIRED_AT_REGISTRATION: readonly ConsentPurpose[] = [ConsentPurpose.AccountRegistration];
