import type { Locale } from './locale';
import type { RequestSchedule } from './requests';

/** Queue names: kebab values that are never renamed (jobs may be waiting under them). */
export enum QueueName {
  Mail = 'mail',
  SkillImport = 'skill-import',
}

/** Job names are the names of the job classes that run them. */
export enum JobName {
  SendMail = 'SendMailJob',
  ImportSkills = 'ImportSkillsJob',
}

export enum MailTemplate {
  VolunteerEnquiryThanks = 'volunteer-enquiry-thanks',
  VerifyEmail = 'verify-email',
  AlreadyRegistered = 'already-registered',
  PasswordReset = 'password-reset',
  ClaimInvitation = 'claim-invitation',
  OrganisationApproved = 'organisation-approved',
  OrganisationRejected = 'organisation-rejected',
  /** 打診: a request offered to a volunteer, with accept/decline links (no login needed). */
  Offer = 'offer',
  /** To the coordinator who offered: the volunteer accepted (approve it) or declined. */
  OfferAnswered = 'offer-answered',
  /** マッチング決定: to both sides, with the other side's contact details and an .ics file. */
  MatchConfirmed = 'match-confirmed',
}

/**
 * An event for the .ics file a mail carries, built by the worker when it sends (RFC 5545).
 * Times are Japan time, as the request's schedule gives them.
 */
export interface CalendarEventData {
  /** Stable for one match, so a calendar updates the event instead of adding a second. */
  uid: string;
  title: string;
  description: string;
  location: string | null;
  schedule: RequestSchedule;
}

/** Someone's contact details as a confirmation mail shows them. */
export interface MailContact {
  name: string;
  phone: string | null;
  email: string | null;
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
  /** Names in the mail's language; the area only, never the address (that comes after approval). */
  [MailTemplate.Offer]: {
    name: string;
    requestTitle: string;
    description: string;
    categoryNames: string[];
    schedule: RequestSchedule | null;
    areaName: string | null;
    online: boolean;
    centerName: string;
    message: string | null;
    acceptLink: string;
    declineLink: string;
    validHours: number;
    /** ISO instant the links stop working. */
    expiresAt: string;
  };
  [MailTemplate.OfferAnswered]: {
    name: string;
    volunteerName: string;
    requestTitle: string;
    answer: 'accept' | 'decline';
    link: string;
  };
  /** role: who receives it; counterpart: the other side's contacts (shown only now, after approval). */
  [MailTemplate.MatchConfirmed]: {
    name: string;
    role: 'volunteer' | 'requester';
    requestTitle: string;
    schedule: RequestSchedule | null;
    areaName: string | null;
    address: string | null;
    online: boolean;
    whatToBring: string | null;
    centerName: string;
    counterpart: MailContact;
    link: string;
    calendar: CalendarEventData | null;
  };
}

export type SendMailPayload = {
  [T in MailTemplate]: { template: T; to: string; locale: Locale; params: MailTemplateParams[T] };
}[MailTemplate];

/** 名簿の取り込み: registers the valid rows of a previewed skill import. */
export interface ImportSkillsPayload {
  importId: string;
}

export interface JobPayloads {
  [JobName.SendMail]: SendMailPayload;
  [JobName.ImportSkills]: ImportSkillsPayload;
}

export type JobOf<N extends JobName> = { name: N; payload: JobPayloads[N] };

/** Which queue each job runs on. */
export const JOB_QUEUE: Record<JobName, QueueName> = {
  [JobName.SendMail]: QueueName.Mail,
  [JobName.ImportSkills]: QueueName.SkillImport,
};
