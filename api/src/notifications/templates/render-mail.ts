import { MailTemplate, type SendMailPayload } from '@tsunagu/contracts';
import type { MailContent } from './mail-content';
import { renderVolunteerEnquiryThanks } from './volunteer-enquiry-thanks.template';

export function renderMail(payload: SendMailPayload): MailContent {
  switch (payload.template) {
    case MailTemplate.VolunteerEnquiryThanks:
      return renderVolunteerEnquiryThanks(payload.locale, payload.params);
  }
}
