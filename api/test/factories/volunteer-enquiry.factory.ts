import { randomUUID } from 'node:crypto';
import { ConsentPurpose, CURRENT_CONSENT_VERSION, type CreateVolunteerEnquiryRequest } from '@tsunagu/contracts';

/** A valid enquiry with a unique email, so each test can find its own mail. */
export function buildVolunteerEnquiry(overrides: Partial<CreateVolunteerEnquiryRequest> = {}): CreateVolunteerEnquiryRequest {
  return {
    name: '山田 花子',
    nameKana: 'ヤマダ ハナコ',
    email: `hanako.${randomUUID().slice(0, 8)}@example.jp`,
    interests: '草むしりや、高齢の方の話し相手をしてみたいです。',
    locale: 'ja',
    consentVersion: CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry],
    consentGiven: true,
    ...overrides,
  };
}
