import type { ConsentGrant } from './accounts';
import type { OrganisationKind, OrganisationStatus } from './organisations';
import type { MatchStatus, OfferStatus, OfferSummary, RequestSchedule, RequestSource, RequestStatus } from './requests';
import type { SkillProfile } from './skills';

/** How a person wants the center to reach them (a proxy-registered person may have no email). */
export enum ContactMethod {
  Email = 'email',
  Phone = 'phone',
  Post = 'post',
}

/** reasonMaxLength: the staff member's own words when the access reason is 「その他」. */
export const PERSON_LIMITS = { phoneMaxLength: 20, postalAddressMaxLength: 200, reasonMaxLength: 200 } as const;

/**
 * Japanese phone numbers as people write them: digits (full- or half-width), spaces, hyphens, +
 * and brackets, 6 to 20 characters. The API's DTOs and the web forms apply the same pattern.
 */
export const PHONE_PATTERN = /^[0-9０-９+\-－()（） ]{6,20}$/;

/** How long the link in the mail that invites a proxy-registered person to set a password works. */
export const CLAIM_INVITATION_VALID_HOURS = 72;

/** 代理登録: a coordinator registers a resident from a paper form, the counter or a phone call. */
export interface ProxyRegistrationRequest {
  name: string;
  nameKana?: string;
  /** YYYY-MM-DD */
  birthDate: string;
  phone?: string;
  email?: string;
  postalAddress?: string;
  contactMethod: ContactMethod;
  centerId: string;
  /** Consents the person gave on paper or by phone, recorded by the coordinator. */
  consents: ConsentGrant[];
  /** Ids of possible duplicates the coordinator has looked at and judged to be other people. */
  acknowledgedDuplicateIds: string[];
}

/** A proxy-registered person starts using their own account: the center mails them a link. */
export interface ClaimInvitationRequest {
  email: string;
}

export type DuplicateCheckRequest = Pick<ProxyRegistrationRequest, 'name' | 'nameKana' | 'birthDate' | 'phone'>;

/** A person who may be the same as the one being registered, with why. */
export interface DuplicateCandidate {
  personId: string;
  name: string;
  nameKana: string | null;
  birthDate: string | null;
  centerNameJa: string;
  centerNameEn: string;
  /** Which of name, nameKana, birthDate, phone matched. */
  matchedOn: ('name' | 'nameKana' | 'birthDate' | 'phone')[];
}

export interface DuplicateCheckResult {
  /** Possible duplicates in the centers the coordinator covers. */
  candidates: DuplicateCandidate[];
  /** Matches in other centers: only counted, their details are not the coordinator's to see. */
  matchesElsewhere: number;
}

export interface CenterSummary {
  id: string;
  kind: 'ward' | 'district' | 'disaster';
  nameJa: string;
  nameEn: string;
  parentId: string | null;
}

export interface PersonSummary {
  id: string;
  name: string;
  nameKana: string | null;
  centerId: string;
  centerNameJa: string;
  centerNameEn: string;
  hasAccount: boolean;
  registeredByProxy: boolean;
  contactMethod: ContactMethod;
  createdAt: string;
}

export interface ConsentRecord {
  purpose: string;
  version: string;
  givenAt: string;
  withdrawnAt: string | null;
}

/** A person's contact details: staff see them only with a recorded reason (audit log). */
export interface PersonDetail extends PersonSummary {
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  consents: ConsentRecord[];
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** Why staff open a person's record; stored in the audit log. */
export enum AccessReason {
  Coordination = 'coordination',
  PersonsRequest = 'persons-request',
  RecordCheck = 'record-check',
  /** 「その他」: the staff member says why in their own words (reasonNote). */
  Other = 'other',
}

/**
 * The query of every staff read, export or erasure of a person's record. With 「その他」 the
 * reasonNote (up to PERSON_LIMITS.reasonMaxLength characters) is required; it goes to the audit
 * log's 詳細 (detail) beside the reason.
 */
export interface AccessReasonQuery {
  reason: AccessReason;
  reasonNote?: string;
}

export enum AuditAction {
  List = 'list',
  Read = 'read',
  Export = 'export',
  Create = 'create',
  /** A change to a person's record (e.g. their skill profile, filled in by proxy). */
  Update = 'update',
  Delete = 'delete',
}

/** 監査ログ: who read or changed whose personal data, when and why. */
export interface AuditLogEntry {
  id: string;
  at: string;
  actorAccountId: string;
  actorName: string | null;
  subjectPersonId: string | null;
  subjectName: string | null;
  action: AuditAction;
  reason: string | null;
  detail: string | null;
}

/** A group (団体・企業) the person applied for or acts for, in their data export. */
export interface OrganisationMembershipRecord {
  organisationId: string;
  name: string;
  kind: OrganisationKind;
  status: OrganisationStatus;
  /** applicant: the person sent the application (and is its first member); member: acts for the group. */
  role: 'applicant' | 'member';
  centerNameJa: string;
  centerNameEn: string;
  appliedAt: string;
  decidedAt: string | null;
  /** When the person became a member; null when they no longer are. */
  memberSince: string | null;
  /** The representative's details the person gave in the application (applicants only). */
  representative: { name: string; phone: string; email: string } | null;
}

/** 「自分のデータのダウンロード」: everything Tsunagu holds about the person, machine-readable. */
export interface PersonalDataExport {
  exportedAt: string;
  account: { email: string; locale: string; createdAt: string; emailVerifiedAt: string | null } | null;
  person: Omit<PersonDetail, 'consents'>;
  consents: ConsentRecord[];
  roles: { role: string; centerId: string | null }[];
  organisations: OrganisationMembershipRecord[];
  /** 特技バンク: what the person registered they can do (null if never saved). */
  skillProfile: SkillProfile | null;
  /** 打診: the requests offered to the person, oldest first. */
  offers: PersonalDataOffer[];
  /** マッチング: as the volunteer, and on the requests they asked for, oldest first. */
  matches: PersonalDataMatch[];
  /** 活動記録: the person's activities as a volunteer, oldest first. */
  activities: PersonalDataActivity[];
  /** 依頼: the requests the person asked for (themselves, or posting for a group), oldest first. */
  requests: PersonalDataRequest[];
}

/** An offer (打診) to the person, as the mail or the phone call gave it to them. */
export interface PersonalDataOffer {
  requestId: string;
  requestTitle: string;
  status: OfferStatus;
  channel: OfferSummary['channel'];
  /** The center's note to them (mail), or the note of their agreement on the phone. */
  message: string | null;
  sentAt: string;
  answeredAt: string | null;
}

/** A match the person was part of; nothing about the other side (their contacts went by mail once approved). */
export interface PersonalDataMatch {
  matchId: string;
  requestId: string;
  requestTitle: string;
  /** volunteer: the person was to help; requester: the match was for a request they asked for. */
  role: 'volunteer' | 'requester';
  /** When the help was to be given (the request's dates). */
  schedule: RequestSchedule | null;
  status: MatchStatus;
  proposedAt: string;
  approvedAt: string | null;
  cancelledAt: string | null;
}

/** 活動記録 of the person's own activity. */
export interface PersonalDataActivity {
  matchId: string;
  requestTitle: string;
  /** YYYY-MM-DD */
  date: string;
  hours: number;
  outcome: 'completed' | 'no-show';
  notes: string | null;
}

/** A request the person asked for. */
export interface PersonalDataRequest {
  id: string;
  title: string;
  description: string;
  status: RequestStatus;
  source: RequestSource;
  /** The group it was posted for; its notes are the group's, so they are left out below. */
  organisationName: string | null;
  centerNameJa: string;
  centerNameEn: string;
  schedule: RequestSchedule | null;
  createdAt: string;
  /** What the request said about the person: on their own requests only (null on a group's). */
  address: string | null;
  accessibilityNotes: string | null;
  /** 要配慮個人情報 about the person, given with their consent. */
  sensitiveNotes: string | null;
}
