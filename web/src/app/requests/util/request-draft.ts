import {
  type RequestDetail,
  type RequestFields,
  REQUEST_LIMITS,
  type RequestSchedule,
  type WeeklySlot,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { isLanguageCode, isQualificationCode, isSkillCategoryCode } from '@tsunagu/matching';
import { characterCount } from '../../accounts/util/account-rules';
import { isIsoDate } from '../../shared/util/calendar-date';
import { cleanText } from '../../shared/util/text-input';
import { DAY_PERIODS, sortSlots } from '../../skills/util/weekly-slots';

/**
 * 依頼 (volunteer request) as it is filled in across the steps, by a member of a group (/requests/new)
 * or by a coordinator on the phone (/staff/requests/intake). The form is bound to this draft;
 * `toRequestFields` turns it into the fields the API takes, and `draftOfRequest` turns a saved
 * request back into it, so a saved draft (下書き) can be changed and sent later.
 */

/** 「いつ」: one day, every week, or any time in a range. '' until chosen. */
export type ScheduleKind = RequestSchedule['kind'];
export const SCHEDULE_KINDS: readonly ScheduleKind[] = ['once', 'weekly', 'flexible'];

export interface RequestDraft {
  /** The group the request is for (members only): '' until chosen. */
  organisationId: string;
  title: string;
  /** What is needed, in the requester's own words. */
  description: string;
  categoryCodes: string[];
  scheduleKind: ScheduleKind | '';
  /** 日時を決める: YYYY-MM-DD (a date input), HH:mm (time inputs). */
  date: string;
  startTime: string;
  endTime: string;
  /** 毎週: the day × 午前/午後/夜 grid, in grid order. */
  slots: WeeklySlot[];
  /** 毎週 (from, until optional) and 期間内のどこかで (both required): YYYY-MM-DD. */
  from: string;
  until: string;
  areaId: string;
  address: string;
  online: boolean;
  /** As typed (全角 digits allowed): a whole number from 1. */
  headcount: string;
  requiredQualifications: string[];
  requiredLanguages: string[];
  accessibilityNotes: string;
  whatToBring: string;
  costsNote: string;
  /** 要配慮個人情報: coordinators only, with the person's consent. */
  sensitiveNotes: string;
  sensitiveConsent: boolean;
}

export type RequestField = keyof RequestDraft;

/** Who fills the form in: a member of a group, or a coordinator (who alone may record sensitive notes). */
export type RequestAudience = 'member' | 'staff';

/** The input steps, in order; the confirmation page comes after them. */
export const REQUEST_STEPS = ['content', 'schedule', 'place'] as const;
export type RequestStep = (typeof REQUEST_STEPS)[number];

const STEP_FIELDS: Readonly<Record<RequestStep, readonly RequestField[]>> = {
  content: ['organisationId', 'title', 'description', 'categoryCodes'],
  schedule: ['scheduleKind', 'date', 'startTime', 'endTime', 'slots', 'from', 'until'],
  place: [
    'areaId',
    'address',
    'online',
    'headcount',
    'requiredQualifications',
    'requiredLanguages',
    'accessibilityNotes',
    'whatToBring',
    'costsNote',
    'sensitiveNotes',
    'sensitiveConsent',
  ],
};

/** The fields of a step that this audience fills in, in page order. */
export function requestStepFields(step: RequestStep, audience: RequestAudience): readonly RequestField[] {
  return STEP_FIELDS[step].filter((field) => {
    if (field === 'organisationId') return audience === 'member';
    if (field === 'sensitiveNotes' || field === 'sensitiveConsent') return audience === 'staff';
    return true;
  });
}

/** Every field of the form for this audience, in page order (the error summary follows it). */
export function requestFields(audience: RequestAudience): RequestField[] {
  return REQUEST_STEPS.flatMap((step) => requestStepFields(step, audience));
}

export function stepOfField(field: RequestField): RequestStep {
  return REQUEST_STEPS.find((step) => STEP_FIELDS[step].includes(field)) ?? 'content';
}

export type RequestErrorKind =
  'required' | 'tooLong' | 'tooMany' | 'date' | 'past' | 'time' | 'order' | 'number' | 'range' | 'consent' | 'unknown';

export function emptyRequestDraft(organisationId = ''): RequestDraft {
  return {
    organisationId,
    title: '',
    description: '',
    categoryCodes: [],
    scheduleKind: '',
    date: '',
    startTime: '',
    endTime: '',
    slots: [],
    from: '',
    until: '',
    areaId: '',
    address: '',
    online: false,
    headcount: '1',
    requiredQualifications: [],
    requiredLanguages: [],
    accessibilityNotes: '',
    whatToBring: '',
    costsNote: '',
    sensitiveNotes: '',
    sensitiveConsent: false,
  };
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** HH:mm as a time input gives it (seconds, if a browser adds them, are dropped). */
export function cleanTime(raw: string): string {
  const text = raw.normalize('NFKC').trim();
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(text);
  if (!match) return text;
  return `${match[1].padStart(2, '0')}:${match[2]}`;
}

export function isTime(raw: string): boolean {
  return TIME.test(cleanTime(raw));
}

/** 人数 as typed: 「３」 and 「3人」 are 3; anything else is null. */
export function parseHeadcount(raw: string): number | null {
  const text = raw
    .normalize('NFKC')
    .trim()
    .replace(/\s*(人|名)$/, '');
  if (!/^\d{1,3}$/.test(text)) return null;
  return Number(text);
}

const tooLong = (value: string, max: number) => characterCount(cleanText(value)) > max;

function dateProblem(raw: string, today: string, notBefore: string | null): RequestErrorKind | null {
  const date = raw.trim();
  if (date === '') return 'required';
  if (!isIsoDate(date)) return 'date';
  if (date < today) return 'past';
  return notBefore && date < notBefore ? 'order' : null;
}

export interface ProblemContext {
  /** Today in Japan, YYYY-MM-DD. */
  today: string;
  audience: RequestAudience;
}

/** The problem with one field of the draft, or null; the same rules the form shows. */
export function requestProblem(draft: RequestDraft, field: RequestField, context: ProblemContext): RequestErrorKind | null {
  const { today, audience } = context;
  const kind = draft.scheduleKind;
  const limits = REQUEST_LIMITS;
  switch (field) {
    case 'organisationId':
      return audience === 'member' && draft.organisationId === '' ? 'required' : null;
    case 'title':
      if (cleanText(draft.title) === '') return 'required';
      return tooLong(draft.title, limits.titleMaxLength) ? 'tooLong' : null;
    case 'description':
      if (cleanText(draft.description) === '') return 'required';
      return tooLong(draft.description, limits.descriptionMaxLength) ? 'tooLong' : null;
    case 'categoryCodes':
      if (draft.categoryCodes.length === 0) return 'required';
      if (draft.categoryCodes.length > limits.maxCategories) return 'tooMany';
      return draft.categoryCodes.every(isSkillCategoryCode) ? null : 'unknown';
    case 'scheduleKind':
      return kind === '' ? 'required' : null;
    case 'date':
      return kind === 'once' ? dateProblem(draft.date, today, null) : null;
    case 'startTime':
      if (kind !== 'once') return null;
      if (draft.startTime.trim() === '') return 'required';
      return isTime(draft.startTime) ? null : 'time';
    case 'endTime': {
      if (kind !== 'once') return null;
      if (draft.endTime.trim() === '') return 'required';
      if (!isTime(draft.endTime)) return 'time';
      return isTime(draft.startTime) && cleanTime(draft.endTime) <= cleanTime(draft.startTime) ? 'order' : null;
    }
    case 'slots':
      return kind === 'weekly' && sortSlots(draft.slots).length === 0 ? 'required' : null;
    case 'from':
      if (kind === 'weekly' || kind === 'flexible') {
        const from = draft.from.trim();
        if (from === '') return 'required';
        return isIsoDate(from) ? null : 'date';
      }
      return null;
    case 'until': {
      if (kind !== 'weekly' && kind !== 'flexible') return null;
      if (kind === 'weekly' && draft.until.trim() === '') return null;
      const from = isIsoDate(draft.from.trim()) ? draft.from.trim() : null;
      return dateProblem(draft.until, today, from);
    }
    case 'areaId':
      return draft.areaId === '' ? 'required' : null;
    case 'address':
      return tooLong(draft.address, limits.addressMaxLength) ? 'tooLong' : null;
    case 'online':
      return null;
    case 'headcount': {
      if (draft.headcount.trim() === '') return 'required';
      const headcount = parseHeadcount(draft.headcount);
      if (headcount === null) return 'number';
      return headcount < 1 || headcount > limits.maxHeadcount ? 'range' : null;
    }
    case 'requiredQualifications':
      return draft.requiredQualifications.every(isQualificationCode) ? null : 'unknown';
    case 'requiredLanguages':
      return draft.requiredLanguages.every(isLanguageCode) ? null : 'unknown';
    case 'accessibilityNotes':
    case 'whatToBring':
    case 'costsNote':
      return tooLong(draft[field], limits.notesMaxLength) ? 'tooLong' : null;
    case 'sensitiveNotes':
      return audience === 'staff' && tooLong(draft.sensitiveNotes, limits.notesMaxLength) ? 'tooLong' : null;
    case 'sensitiveConsent':
      return audience === 'staff' && cleanText(draft.sensitiveNotes) !== '' && !draft.sensitiveConsent ? 'consent' : null;
  }
}

/** The fields of a step that are not right yet, in page order. */
export function requestStepProblems(draft: RequestDraft, step: RequestStep, context: ProblemContext): RequestField[] {
  return requestStepFields(step, context.audience).filter((field) => requestProblem(draft, field, context) !== null);
}

/** The first step with something missing (where a person who skipped ahead is sent), or null. */
export function firstIncompleteRequestStep(draft: RequestDraft, context: ProblemContext, before?: RequestStep): RequestStep | null {
  const steps = before ? REQUEST_STEPS.slice(0, REQUEST_STEPS.indexOf(before)) : REQUEST_STEPS;
  return steps.find((step) => requestStepProblems(draft, step, context).length > 0) ?? null;
}

/** 「いつ」 as the API takes it; only the chosen kind's answers count. */
export function toSchedule(draft: RequestDraft): RequestSchedule {
  switch (draft.scheduleKind) {
    case 'once':
      return { kind: 'once', date: draft.date.trim(), startTime: cleanTime(draft.startTime), endTime: cleanTime(draft.endTime) };
    case 'weekly':
      return { kind: 'weekly', slots: sortSlots(draft.slots), from: draft.from.trim(), until: draft.until.trim() || null };
    case 'flexible':
      return { kind: 'flexible', from: draft.from.trim(), until: draft.until.trim() };
    default:
      throw new Error('The schedule is chosen before the request is built.');
  }
}

const orNull = (value: string): string | null => cleanText(value) || null;

/** Codes in the taxonomy's order of choosing, each once. */
const unique = (codes: readonly string[]): string[] => [...new Set(codes)];

/**
 * The fields of POST /api/requests/… and PATCH /api/requests/:id: trimmed as the API trims, empty
 * notes as null. Sensitive notes go only from a coordinator, and only with the person's consent.
 */
export function toRequestFields(draft: RequestDraft, audience: RequestAudience): RequestFields {
  const sensitiveNotes = audience === 'staff' ? orNull(draft.sensitiveNotes) : null;
  return {
    title: cleanText(draft.title),
    description: cleanText(draft.description),
    categoryCodes: unique(draft.categoryCodes),
    schedule: toSchedule(draft),
    areaId: draft.areaId,
    address: orNull(draft.address),
    headcount: parseHeadcount(draft.headcount) ?? 1,
    requiredQualifications: unique(draft.requiredQualifications),
    requiredLanguages: unique(draft.requiredLanguages),
    accessibilityNotes: orNull(draft.accessibilityNotes),
    whatToBring: orNull(draft.whatToBring),
    costsNote: orNull(draft.costsNote),
    sensitiveNotes,
    sensitiveConsent: sensitiveNotes !== null && draft.sensitiveConsent,
    online: draft.online,
  };
}

/** A saved request back into the form (to change a 下書き, or for a coordinator to fill in what is missing). */
export function draftOfRequest(request: RequestDetail): RequestDraft {
  const draft: RequestDraft = {
    ...emptyRequestDraft(request.organisationId ?? ''),
    title: request.title,
    description: request.description,
    categoryCodes: [...request.categoryCodes],
    areaId: request.areaId ?? '',
    address: request.address ?? '',
    online: request.online,
    headcount: String(request.headcount),
    requiredQualifications: [...request.requiredQualifications],
    requiredLanguages: [...request.requiredLanguages],
    accessibilityNotes: request.accessibilityNotes ?? '',
    whatToBring: request.whatToBring ?? '',
    costsNote: request.costsNote ?? '',
    sensitiveNotes: request.sensitiveNotes ?? '',
    // Notes already recorded were recorded with the person's consent.
    sensitiveConsent: request.sensitiveNotes !== null && request.sensitiveNotes !== '',
  };
  const schedule = request.schedule;
  if (schedule?.kind === 'once')
    return { ...draft, scheduleKind: 'once', date: schedule.date, startTime: schedule.startTime, endTime: schedule.endTime };
  if (schedule?.kind === 'weekly')
    return { ...draft, scheduleKind: 'weekly', slots: sortSlots(schedule.slots), from: schedule.from, until: schedule.until ?? '' };
  if (schedule?.kind === 'flexible') return { ...draft, scheduleKind: 'flexible', from: schedule.from, until: schedule.until };
  return draft;
}

/** Ticks or unticks one code of a list (categories, qualifications, languages). */
export function toggleCode(codes: readonly string[], code: string, on: boolean): string[] {
  const others = codes.filter((candidate) => candidate !== code);
  return on ? [...others, code] : others;
}

/** Every slot of the grid, for tests and the grid's ids. */
export const ALL_SLOTS: readonly WeeklySlot[] = WEEKDAYS.flatMap((day) => DAY_PERIODS.map((period) => ({ day, period })));

/** API field names (RequestFields, dotted for the schedule) → the form field that shows the message. */
export function requestFieldOfApiField(apiField: string): RequestField | null {
  const direct: Readonly<Record<string, RequestField>> = {
    organisationId: 'organisationId',
    title: 'title',
    description: 'description',
    categoryCodes: 'categoryCodes',
    schedule: 'scheduleKind',
    'schedule.kind': 'scheduleKind',
    'schedule.date': 'date',
    'schedule.startTime': 'startTime',
    'schedule.endTime': 'endTime',
    'schedule.slots': 'slots',
    'schedule.from': 'from',
    'schedule.until': 'until',
    areaId: 'areaId',
    address: 'address',
    headcount: 'headcount',
    requiredQualifications: 'requiredQualifications',
    requiredLanguages: 'requiredLanguages',
    accessibilityNotes: 'accessibilityNotes',
    whatToBring: 'whatToBring',
    costsNote: 'costsNote',
    sensitiveNotes: 'sensitiveNotes',
    sensitiveConsent: 'sensitiveConsent',
    online: 'online',
  };
  return direct[apiField] ?? (apiField.startsWith('schedule') ? 'scheduleKind' : null);
}
