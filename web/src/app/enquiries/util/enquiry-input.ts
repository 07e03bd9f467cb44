import { ConsentPurpose, CURRENT_CONSENT_VERSION, type CreateVolunteerEnquiryRequest } from '@tsunagu/contracts';
import { cleanEmail, cleanText } from '../../shared/util/text-input';
import type { EnquiryDraft } from './enquiry-draft';

// The text rules are shared with the account forms; re-exported so the enquiry code reads as before.
export { cleanEmail, cleanText, isEmailAddress } from '../../shared/util/text-input';

/** The request body for POST /api/volunteer-enquiries. */
export function toEnquiryRequest(draft: EnquiryDraft): CreateVolunteerEnquiryRequest {
  const areaId = draft.areaId.trim();
  return {
    name: cleanText(draft.name),
    nameKana: cleanText(draft.nameKana),
    email: cleanEmail(draft.email),
    interests: cleanText(draft.interests),
    ...(areaId ? { areaId } : {}),
    locale: draft.locale,
    consentVersion: CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry],
    consentGiven: draft.consentGiven,
  };
}
