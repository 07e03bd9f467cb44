import type { Page, ProxyRegistrationRequest } from './people';
import type { DayPeriod, LocalizedReason, Weekday } from './skills';

/**
 * 依頼 (volunteer request): a need for volunteers, posted by an approved organisation or taken in
 * by a coordinator for a resident (by phone or at the counter; the person may have no account).
 */
export enum RequestStatus {
  Draft = 'draft',
  Submitted = 'submitted',
  Open = 'open',
  Matching = 'matching',
  Matched = 'matched',
  Done = 'done',
  Cancelled = 'cancelled',
  Unfulfilled = 'unfulfilled',
}

/** Where a request came from. */
export enum RequestSource {
  /** 「この特技についてセンターに相談する」 on the public listing. */
  SkillsListing = 'skills-listing',
  Organisation = 'organisation',
  /** 電話・窓口で受けた依頼 */
  StaffIntake = 'staff-intake',
}

/** The moves a request may make; anything else is refused with a plain message. */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  [RequestStatus.Draft]: [RequestStatus.Submitted, RequestStatus.Cancelled],
  [RequestStatus.Submitted]: [RequestStatus.Open, RequestStatus.Cancelled],
  [RequestStatus.Open]: [RequestStatus.Matching, RequestStatus.Cancelled, RequestStatus.Unfulfilled],
  [RequestStatus.Matching]: [RequestStatus.Matched, RequestStatus.Open, RequestStatus.Cancelled, RequestStatus.Unfulfilled],
  [RequestStatus.Matched]: [RequestStatus.Done, RequestStatus.Matching, RequestStatus.Cancelled],
  [RequestStatus.Done]: [],
  [RequestStatus.Cancelled]: [],
  [RequestStatus.Unfulfilled]: [],
};

export function canMoveRequest(from: RequestStatus, to: RequestStatus): boolean {
  return REQUEST_TRANSITIONS[from].includes(to);
}

/** When the help is needed. */
export type RequestSchedule =
  /** One day: date (YYYY-MM-DD) with a start and end time (HH:mm). */
  | { kind: 'once'; date: string; startTime: string; endTime: string }
  /** Every week on these slots, from a date, optionally until a date. */
  | { kind: 'weekly'; slots: { day: Weekday; period: DayPeriod }[]; from: string; until: string | null }
  /** Any time in a date range (e.g. 「11月中のどこかで」). */
  | { kind: 'flexible'; from: string; until: string };

export const REQUEST_LIMITS = {
  titleMaxLength: 100,
  descriptionMaxLength: 2000,
  notesMaxLength: 1000,
  addressMaxLength: 200,
  maxHeadcount: 50,
  maxCategories: 5,
  reasonMaxLength: 500,
} as const;

export interface RequestFields {
  title: string;
  /** What is needed, in the requester's own words. */
  description: string;
  categoryCodes: string[];
  schedule: RequestSchedule;
  areaId: string;
  /** The exact place: shown to the volunteer only after the match is approved. */
  address: string | null;
  headcount: number;
  requiredQualifications: string[];
  requiredLanguages: string[];
  /** Wheelchair, hearing, guide dog …: what the volunteer should know to help well. */
  accessibilityNotes: string | null;
  whatToBring: string | null;
  costsNote: string | null;
  /** 要配慮個人情報 (health, disability): coordinators only; needs the person's consent. */
  sensitiveNotes: string | null;
  /** Set when sensitiveNotes is given: the person consented (recorded with the request). */
  sensitiveConsent: boolean;
  /** Online help (e.g. スマホ相談 by video call) instead of in person. */
  online: boolean;
}

/** An approved organisation posts a request (it goes to its center as submitted). */
export interface CreateOrganisationRequest extends RequestFields {
  organisationId: string;
  /** false saves a draft. */
  submit: boolean;
}

/** A coordinator takes a request by phone or at the counter, for a person who may have no account. */
export interface StaffIntakeRequest extends RequestFields {
  centerId: string;
  /** An existing person (proxy-registered or with an account)… */
  requesterPersonId: string | null;
  /**
   * …or a new person without an account, registered by proxy (代理登録) in the same step: the same
   * fields, duplicate check and consents as ProxyRegistrationRequest, in the request's center.
   */
  newRequester: Omit<ProxyRegistrationRequest, 'centerId'> | null;
}

export interface RequestStatusChange {
  to: RequestStatus;
  /** Required for cancelled / unfulfilled. */
  reason?: string;
}

export interface RequestHistoryEntry {
  at: string;
  from: RequestStatus | null;
  to: RequestStatus;
  byName: string | null;
  reason: string | null;
}

export interface RequestSummary {
  id: string;
  title: string;
  status: RequestStatus;
  source: RequestSource;
  centerId: string;
  centerNameJa: string;
  centerNameEn: string;
  areaId: string | null;
  areaNameJa: string | null;
  areaNameEn: string | null;
  categoryCodes: string[];
  schedule: RequestSchedule | null;
  headcount: number;
  /** Approved matches so far. */
  matchedCount: number;
  requesterLabel: string;
  createdAt: string;
}

/** What the requester and coordinators see; address and contacts only where allowed. */
export interface RequestDetail
  extends
    RequestSummary,
    Omit<
      RequestFields,
      'address' | 'sensitiveNotes' | 'sensitiveConsent' | 'title' | 'categoryCodes' | 'schedule' | 'areaId' | 'headcount'
    > {
  /** null unless the viewer is a coordinator of the center, the requester, or a volunteer of an approved match. */
  address: string | null;
  /** Coordinators only. */
  sensitiveNotes: string | null;
  /** The group it is for, if any. */
  organisationId: string | null;
  /** Coordinators only: the person who asked (their record, opened with a reason, has the contact details). */
  requesterPersonId: string | null;
  /**
   * Coordinators only (null for others): whether the confirmation of a match can reach the person
   * who asked by mail. Someone taken in by phone often has no address: the coordinator calls them.
   */
  requesterHasEmail: boolean | null;
  /** Oldest first; the names of who moved it are shown to coordinators only. */
  history: RequestHistoryEntry[];
  offers: OfferSummary[];
  matches: MatchSummary[];
}

export interface RequestListQuery {
  status?: RequestStatus;
  q?: string;
  page?: number;
}

export type RequestPage = Page<RequestSummary>;

/** One factor of a candidate's score, with its reason in both languages. */
export interface ScoreFactor {
  factor: 'category' | 'availability' | 'distance' | 'language' | 'qualification' | 'insurance' | 'fairness' | 'reliability';
  /** 0..1 contribution before weighting; hard filters give 0 or 1. */
  value: number;
  reason: LocalizedReason;
}

/** A ranked volunteer for a request, as the coordinator sees it. */
export interface MatchCandidate {
  personId: string;
  name: string;
  nameKana: string | null;
  homeAreaNameJa: string | null;
  homeAreaNameEn: string | null;
  /**
   * Whether 打診 can be mailed to them: an email address of their own or of their account (the rule
   * the offer mail goes by, as MatchSummary.volunteerHasEmail). Without one (someone registered by
   * proxy with a phone number only), the coordinator asks them by phone and records 「電話で了承を得た」.
   */
  hasEmail: boolean;
  score: number;
  factors: ScoreFactor[];
  /** Hard flags (no insurance on the activity date …): shown as warnings, not hidden. */
  warnings: LocalizedReason[];
  /** Already offered this request (and the answer so far). */
  offerStatus: OfferStatus | null;
}

/** 打診 (offer): the coordinator asks a volunteer. */
export enum OfferStatus {
  Sent = 'sent',
  Accepted = 'accepted',
  Declined = 'declined',
  Expired = 'expired',
  Withdrawn = 'withdrawn',
}

export interface CreateOffersRequest {
  personIds: string[];
  /** A note for the volunteer, shown in the mail. */
  message?: string;
}

/** The volunteer agreed on the phone: the coordinator records it (no mail link). */
export interface RecordPhoneAgreementRequest {
  personId: string;
  note?: string;
}

export interface OfferSummary {
  id: string;
  personId: string;
  personName: string;
  status: OfferStatus;
  /** mail: the coordinator's 打診 with a link; phone: agreed on the phone; web: the volunteer offered to help. */
  channel: 'mail' | 'phone' | 'web';
  sentAt: string;
  answeredAt: string | null;
  expiresAt: string;
}

/** GET /offers/respond?token=… (no login): what the mailed link shows before answering. */
export interface OfferPreview {
  status: OfferStatus;
  requestTitle: string;
  description: string;
  categoryCodes: string[];
  schedule: RequestSchedule | null;
  areaNameJa: string | null;
  areaNameEn: string | null;
  centerNameJa: string;
  centerNameEn: string;
  message: string | null;
  expiresAt: string;
}

/** POST /offers/respond: single-use; the token is in the mailed link. */
export interface OfferResponseRequest {
  token: string;
  answer: 'accept' | 'decline';
}

export enum MatchStatus {
  /** The volunteer accepted; waiting for the coordinator. */
  Proposed = 'proposed',
  Approved = 'approved',
  Cancelled = 'cancelled',
}

export interface MatchSummary {
  id: string;
  requestId: string;
  personId: string;
  personName: string;
  status: MatchStatus;
  /**
   * Whether the confirmation mail of the approval can reach the volunteer (the account's address or,
   * for someone registered by proxy, the person's). Without one, the coordinator tells them by phone.
   */
  volunteerHasEmail: boolean;
  approvedAt: string | null;
  approvedByName: string | null;
  activity: ActivityRecordSummary | null;
}

/** GET /api/me/matches: one of the signed-in volunteer's matches (proposed or approved), with its request. */
export interface MyMatch {
  match: MatchSummary;
  request: {
    id: string;
    title: string;
    schedule: RequestSchedule | null;
    areaNameJa: string | null;
    areaNameEn: string | null;
    centerNameJa: string;
    centerNameEn: string;
  };
}

/** After approval both sides see each other's contact details (logged in the audit log). */
export interface MatchContacts {
  requester: { name: string; phone: string | null; email: string | null };
  volunteer: { name: string; phone: string | null; email: string | null };
  address: string | null;
}

/** 活動記録: after the activity. */
export interface RecordActivityRequest {
  /** YYYY-MM-DD */
  date: string;
  hours: number;
  outcome: 'completed' | 'no-show';
  notes?: string;
}

export interface ActivityRecordSummary {
  id: string;
  date: string;
  hours: number;
  outcome: 'completed' | 'no-show';
  notes: string | null;
  recordedByName: string | null;
}

/** 「あなたへのおすすめの依頼」: open requests ranked for the signed-in volunteer. */
export interface RequestForVolunteer {
  requestId: string;
  title: string;
  categoryCodes: string[];
  schedule: RequestSchedule | null;
  areaNameJa: string | null;
  areaNameEn: string | null;
  centerNameJa: string;
  centerNameEn: string;
  score: number;
  reasons: LocalizedReason[];
  /** Whether the volunteer already offered to help. */
  offered: boolean;
}

/** Per center and month: the plan's figures. */
export interface ActivityFiguresRow {
  centerId: string;
  centerNameJa: string;
  centerNameEn: string;
  /** YYYY-MM */
  month: string;
  /** 活動につながった数: distinct registered people with a completed activity in the month. */
  connected: number;
  /** 支援実施回数: completed activities in the month. */
  activities: number;
  requestsReceived: number;
  requestsMatched: number;
}

export const OFFER_LINK_VALID_HOURS = 72;
