import type { Locale } from './locale';

/** Queue names: kebab values that are never renamed (jobs may be waiting under them). */
export enum QueueName {
  Mail = 'mail',
}

/** Job names are the names of the job classes that run them. */
export enum JobName {
  SendMail = 'SendMailJob',
}

export enum MailTemplate {
  VolunteerEnquiryThanks = 'volunteer-enquiry-thanks',
  VerifyEmail = 'verify-email',
  AlreadyRegistered = 'already-registered',
  PasswordReset = 'password-reset',
  ClaimInvitation = 'claim-invitation',
  OrganisationApproved = 'organisation-approved',
  OrganisationRejected = 'organisation-rejected',
}

export interface MailTemplateParams {
  [MailTemplate.VolunteerEnquiryThanks]: {
    name: string;
    interests: string;
    areaName: string | null;
  };
  [MailTemplate.VerifyEmail]: { name: string; link: string; validHours: number };
  [MailTemplate.AlreadyRegistered]: { name: string; loginLink: string; resetLink: string };
  [MailTemplate.PasswordReset]: { name: string; link: string; validHours: number };
  [MailTemplate.ClaimInvitation]: { name: string; link: string; validHours: number; centerName: string };
  /** centerName in the mail's language; message: the coordinator's optional note. */
  [MailTemplate.OrganisationApproved]: {
    name: string;
    organisationName: string;
    centerName: string;
    message: string | null;
    link: string;
  };
  [MailTemplate.OrganisationRejected]: {
    name: string;
    organisationName: string;
    centerName: string;
    reason: string;
  };
}

export type SendMailPayload = {
  [T in MailTemplate]: { template: T; to: string; locale: Locale; params: MailTemplateParams[T] };
}[MailTemplate];

export interface JobPayloads {
  [JobName.SendMail]: SendMailPayload;
}

export type JobOf<N extends JobName> = { name: N; payload: JobPayloads[N] };

/** Which queue each job runs on. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
};
