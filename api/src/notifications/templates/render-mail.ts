import { MailTemplate, type SendMailPayload } from '@tsunagu/contracts';
import { renderAlreadyRegistered, renderClaimInvitation, renderPasswordReset, renderVerifyEmail } from './account-mails.template';
import type { MailContent } from './mail-content';
import { renderMatchConfirmed, renderOffer, renderOfferAnswered } from './match-mails.template';
import { renderOrganisationApproved, renderOrganisationRejected } from './organisation-mails.template';
import { renderVolunteerEnquiryThanks } from './volunteer-enquiry-thanks.template';

export function renderMail(payload: SendMailPayload): MailContent {
  switch (payload.template) {
    case MailTemplate.VolunteerEnquiryThanks:
      return renderVolunteerEnquiryThanks(payload.locale, payload.params);
    case MailTemplate.VerifyEmail:
      return renderVerifyEmail(payload.locale, payload.params);
    case MailTemplate.AlreadyRegistered:
      return renderAlreadyRegistered(payload.locale, payload.params);
    case MailTemplate.PasswordReset:
      return renderPasswordReset(payload.locale, payload.params);
    case MailTemplate.ClaimInvitation:
      return renderClaimInvitation(payload.locale, payload.params);
    case MailTemplate.OrganisationApproved:
      return renderOrganisationApproved(payload.locale, payload.params);
    case MailTemplate.OrganisationRejected:
      return renderOrganisationRejected(payload.locale, payload.params);
    case MailTemplate.Offer:
      return renderOffer(payload.locale, payload.params);
    case MailTemplate.OfferAnswered:
      return renderOfferAnswered(payload.locale, payload.params);
    case MailTemplate.MatchConfirmed:
      return renderMatchConfirmed(payload.locale, payload.params);
  }
}
