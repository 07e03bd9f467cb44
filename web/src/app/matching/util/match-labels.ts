import {
  type ActivityRecordSummary,
  type LocalizedReason,
  type Locale,
  type MatchCandidate,
  type MatchSummary,
  MatchStatus,
  OfferStatus,
  type OfferSummary,
  type RequestSchedule,
  type ScoreFactor,
} from '@tsunagu/contracts';
import { formatCalendarDate } from '../../shared/util/calendar-date';

/**
 * The words of the match flow (打診, マッチング, 活動記録) for the pages: which language of a reason
 * to show, how well a factor fits, and the state of an offer or a match as a translation key with
 * a mark, so that no state is told by colour alone.
 */

/** What the API takes (api/src/matching/dto): a message with the 打診 mail, a note of a phone agreement. */
export const OFFER_LIMITS = { messageMaxLength: 500, noteMaxLength: 500 } as const;

/** The order the coordinator reads the factors in (the engine's order, what is asked first). */
export const FACTOR_ORDER: readonly ScoreFactor['factor'][] = [
  'category',
  'availability',
  'distance',
  'language',
  'qualification',
  'insurance',
  'fairness',
  'reliability',
];

/**
 * A reason in the reader's language. The engine words every reason in both; should the English be
 * missing, the Japanese is shown rather than nothing (and the other way round).
 */
export function reasonText(reason: LocalizedReason, lang: Locale): string {
  const preferred = lang === 'en' ? reason.en : reason.ja;
  return (preferred ?? '').trim() || (lang === 'en' ? reason.ja : reason.en) || '';
}

/** How well one factor fits, in words: a factor value of 0..1 in three steps. */
export type FactorFit = 'good' | 'some' | 'low';

export function factorFit(value: number): FactorFit {
  if (value >= 0.8) return 'good';
  if (value >= 0.4) return 'some';
  return 'low';
}

/** The mark beside each fit: a shape as well as the word, never colour alone. */
export const FIT_MARKS: Readonly<Record<FactorFit, string>> = { good: '◎', some: '○', low: '△' };

export interface FactorRow {
  factor: ScoreFactor['factor'];
  /** Translation key of the factor's name (分野, 日時, 場所 …). */
  labelKey: string;
  fit: FactorFit;
  fitKey: string;
  mark: string;
  text: string;
}

/** A candidate's factors in the reading order, each with its reason in the reader's language. */
export function factorRows(factors: readonly ScoreFactor[], lang: Locale): FactorRow[] {
  const rank = (factor: ScoreFactor['factor']) => {
    const index = FACTOR_ORDER.indexOf(factor);
    return index < 0 ? FACTOR_ORDER.length : index;
  };
  return [...factors]
    .sort((a, b) => rank(a.factor) - rank(b.factor))
    .map((factor) => {
      const fit = factorFit(factor.value);
      return {
        factor: factor.factor,
        labelKey: `matching.factors.${factor.factor}`,
        fit,
        fitKey: `matching.fit.${fit}`,
        mark: FIT_MARKS[fit],
        text: reasonText(factor.reason, lang),
      };
    });
}

/** A score of 0..100 as a whole number (the engine's total may carry decimals). */
export function scorePoints(score: number): number {
  return Math.max(0, Math.min(100, Math.round(score)));
}

export interface StateLabel {
  key: string;
  mark: string;
}

const OFFER_MARKS: Readonly<Record<OfferStatus, string>> = {
  [OfferStatus.Sent]: '…',
  [OfferStatus.Accepted]: '✓',
  [OfferStatus.Declined]: '✕',
  [OfferStatus.Expired]: '−',
  [OfferStatus.Withdrawn]: '−',
};

/** 「返事を待っています」 / 「引き受けました」 …, with a mark. Null: not offered yet. */
export function offerStateLabel(status: OfferStatus | null): StateLabel {
  if (status === null) return { key: 'matching.offerStatus.none', mark: '' };
  return { key: `matching.offerStatus.${status}`, mark: OFFER_MARKS[status] ?? '' };
}

/** How the offer came about: the mailed link, agreed on the phone, or the volunteer offered on the web. */
export function offerChannelKey(channel: OfferSummary['channel']): string {
  return `matching.offerChannel.${channel}`;
}

const MATCH_MARKS: Readonly<Record<MatchStatus, string>> = {
  [MatchStatus.Proposed]: '…',
  [MatchStatus.Approved]: '✓',
  [MatchStatus.Cancelled]: '−',
};

/** 「承認を待っています」 / 「承認済み」 / 「取り消し」, with a mark. */
export function matchStateLabel(status: MatchStatus): StateLabel {
  return { key: `matching.matchStatus.${status}`, mark: MATCH_MARKS[status] ?? '' };
}

/**
 * Whether the coordinator may tick a candidate for 打診: one the mail can reach (the API refuses to
 * mail the others), and not one who already has an offer waiting for an answer or who accepted
 * (declined, expired or withdrawn offers may be sent again).
 */
export function canOffer(candidate: Pick<MatchCandidate, 'offerStatus' | 'hasEmail'>): boolean {
  return candidate.hasEmail && candidate.offerStatus !== OfferStatus.Sent && candidate.offerStatus !== OfferStatus.Accepted;
}

/**
 * 「メールアドレスの登録がありません。お電話でお願いしてください。」 in place of the box to tick: for one
 * without an email address (registered by proxy with a phone number only) who has not agreed yet,
 * so 「電話で了承を得た」 is the way to record it.
 */
export function asksByPhoneOnly(candidate: Pick<MatchCandidate, 'offerStatus' | 'hasEmail'>): boolean {
  return !candidate.hasEmail && canRecordPhoneAgreement(candidate);
}

/**
 * The candidates ticked for 打診 who may still be offered it, in the list's order. One ticked and
 * then offered the request another way (agreed on the phone) has no box any more, so is neither
 * counted in 「いま n 人を選んでいます」 nor mailed.
 */
export function offerablePicks<T extends Pick<MatchCandidate, 'personId'> & { canOffer: boolean }>(
  rows: readonly T[],
  picked: ReadonlySet<string>,
): T[] {
  return rows.filter((row) => row.canOffer && picked.has(row.personId));
}

/** Whether 「電話で了承を得た」 makes sense: not for one who already accepted. */
export function canRecordPhoneAgreement(candidate: Pick<MatchCandidate, 'offerStatus'>): boolean {
  return candidate.offerStatus !== OfferStatus.Accepted;
}

/** Whom the confirmation mail of an approval can reach (MatchesService.mailConfirmations mails only those with an address). */
export interface Mailable {
  /** RequestDetail.requesterHasEmail: null where the API does not say (not a coordinator), taken as mailed. */
  requester: boolean | null;
  /** MatchSummary.volunteerHasEmail. */
  volunteer: boolean;
}

/** What approving says about the confirmation mail: in the panel before (one line each), in the notice after. */
export interface ApprovalMailTexts {
  /** Who gets the mail; null when neither side has an address. */
  sentKey: string | null;
  /** The mail carries the .ics file: only when someone is mailed and the request has a schedule. */
  ics: boolean;
  /** Whom the coordinator phones instead, as the API mails them nothing; null when both are mailed. */
  callKey: string | null;
  doneKey: string;
}

type Side = 'requester' | 'volunteer' | 'both';

/**
 * The confirmation mail, said exactly: both sides get it; or only the one with an email address,
 * and the coordinator phones the other; or neither, and the coordinator phones both.
 */
export function approvalMailTexts(mailable: Mailable, scheduled: boolean): ApprovalMailTexts {
  const requester = mailable.requester !== false;
  const volunteer = mailable.volunteer;
  const mailed: Side | null = requester && volunteer ? 'both' : requester ? 'requester' : volunteer ? 'volunteer' : null;
  const called: Side | null =
    mailed === 'both' ? null : mailed === 'requester' ? 'volunteer' : mailed === 'volunteer' ? 'requester' : 'both';
  return {
    sentKey: mailed && `matching.console.approve.mailTo.${mailed}`,
    ics: mailed !== null && scheduled,
    callKey: called && `matching.console.approve.call.${called}`,
    doneKey: called ? `matching.console.done.approvedCall.${called}` : 'matching.console.done.approved',
  };
}

/** The first day of the activity (YYYY-MM-DD), or null when the request has no schedule. */
export function activityStartDate(schedule: RequestSchedule | null): string | null {
  if (!schedule) return null;
  return schedule.kind === 'once' ? schedule.date : schedule.from;
}

/**
 * 「活動を記録する」 shows for an approved match without a record, once the activity's first day
 * has come (today in Japan, YYYY-MM-DD). A match without a schedule may be recorded any time.
 */
export function canRecordActivity(
  match: Pick<MatchSummary, 'status' | 'activity'>,
  schedule: RequestSchedule | null,
  today: string,
): boolean {
  if (match.status !== MatchStatus.Approved || match.activity) return false;
  const start = activityStartDate(schedule);
  return start === null || start <= today;
}

/** An activity record as a card shows it: the date in words, and who recorded it. */
export interface ActivityShown {
  date: string;
  hours: number;
  outcome: ActivityRecordSummary['outcome'];
  /** ✓ for an activity done, ✕ for a no-show (a tick beside 「来られませんでした」 would read as done). */
  mark: string;
  /** Who recorded it; null: 「センター」. */
  by: string | null;
  /** The record's note, where the reader may see it (the coordinator); null otherwise. */
  notes: string | null;
}

/** 「2026年12月5日（令和8年）に3時間、活動しました（記録：…）」 on the console and on あなたのマッチング alike. */
export function activityShown(record: ActivityRecordSummary, lang: Locale, { withNotes }: { withNotes: boolean }): ActivityShown {
  return {
    date: formatCalendarDate(record.date, lang),
    hours: record.hours,
    outcome: record.outcome,
    mark: record.outcome === 'no-show' ? '✕' : '✓',
    by: record.recordedByName,
    notes: withNotes ? record.notes : null,
  };
}

/** The date the activity form starts with: the request's day for a one-off, else today. */
export function defaultActivityDate(schedule: RequestSchedule | null, today: string): string {
  if (schedule?.kind === 'once' && schedule.date <= today) return schedule.date;
  return today;
}

/**
 * What to say when the API refused an action: its message per field when it named fields (「ボラン
 * ティアへのひとことは500文字以内で…」), else its general message. Empty: nothing worded.
 */
export function refusalTexts(problem: { message: string | null; fields: Readonly<Record<string, string>> }): string[] {
  const fields = Object.values(problem.fields).filter((text) => text.trim() !== '');
  if (fields.length > 0) return fields;
  return problem.message ? [problem.message] : [];
}
