/**
 * 同意 (consent): each purpose of use has a version; the wording for a version lives in the
 * web translation files and must change together with the version here.
 */
export const ConsentPurpose = {
  VolunteerEnquiry: 'volunteer-enquiry',
} as const;
export type ConsentPurpose = (typeof ConsentPurpose)[keyof typeof ConsentPurpose];

export const CURRENT_CONSENT_VERSION: Record<ConsentPurpose, string> = {
  [ConsentPurpose.VolunteerEnquiry]: '2026-11-01',
};
