import type { Locale } from './locale';

/** Limits shared by the form and the API so both refuse the same input. */
export const VOLUNTEER_ENQUIRY_LIMITS = {
  nameMaxLength: 100,
  nameKanaMaxLength: 100,
  emailMaxLength: 254,
  interestsMaxLength: 2000,
} as const;

/** 「ボランティアに興味がある」 form, as sent by a visitor. */
export interface CreateVolunteerEnquiryRequest {
  name: string;
  /** ふりがな, in hiragana or katakana; needed only when the name has kanji. */
  nameKana?: string;
  email: string;
  /** What they would like to do, in their own words. */
  interests: string;
  /** Omitted when the visitor does not know their area yet. */
  areaId?: string;
  /** The language of the thank-you mail. */
  locale: Locale;
  /** The consent version the visitor was shown and accepted. */
  consentVersion: string;
  consentGiven: boolean;
}

export interface VolunteerEnquiryReceipt {
  id: string;
  receivedAt: string;
}
