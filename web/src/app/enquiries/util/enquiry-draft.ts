import type { Locale } from '@tsunagu/contracts';

/** The 「ボランティアに興味がある」 form as the visitor fills it in (before trimming). */
export interface EnquiryDraft {
  name: string;
  nameKana: string;
  email: string;
  interests: string;
  /** '' means 「わからない・選ばない」: the request then leaves areaId out. */
  areaId: string;
  /** Language of the thank-you mail. */
  locale: Locale;
  consentGiven: boolean;
}

export function emptyEnquiryDraft(locale: Locale): EnquiryDraft {
  return { name: '', nameKana: '', email: '', interests: '', areaId: '', locale, consentGiven: false };
}
