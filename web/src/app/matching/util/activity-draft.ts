import { REQUEST_LIMITS, type RecordActivityRequest } from '@tsunagu/contracts';
import { isIsoDate, parseDateInput } from '../../shared/util/calendar-date';
import { cleanText } from '../../shared/util/text-input';

/**
 * 活動記録: what the form holds and what it sends. The date is typed as staff write it (2026/12/5,
 * 2026年12月5日, 令和8年12月5日 …); hours in half hours; 「来られなかった」 (no-show) has no hours.
 */
export interface ActivityDraft {
  date: string;
  hours: string;
  outcome: 'completed' | 'no-show';
  notes: string;
}

export const ACTIVITY_FIELDS = ['date', 'outcome', 'hours', 'notes'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type ActivityProblem = 'required' | 'invalid' | 'future' | 'range' | 'tooLong';

/** One activity lasts at most a day. */
export const MAX_ACTIVITY_HOURS = 24;

export function emptyActivityDraft(date: string): ActivityDraft {
  return { date, hours: '', outcome: 'completed', notes: '' };
}

/** Hours as a number: 「3」, 「2.5」, 「２．５」, 「2時間半」; null when it is not a number of hours. */
export function parseHours(raw: string): number | null {
  let text = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  let half = 0;
  if (/時間半$/.test(text)) {
    half = 0.5;
    text = text.replace(/時間半$/, '');
  }
  text = text.replace(/(時間|h|hours?)$/i, '');
  if (!/^\d+(\.\d+)?$/.test(text)) return null;
  return Number(text) + half;
}

/** The first problem with a field as it is now (null: fine). `today` is YYYY-MM-DD in Japan. */
export function activityProblem(field: ActivityField, draft: ActivityDraft, today: string): ActivityProblem | null {
  switch (field) {
    case 'date': {
      if (draft.date.trim() === '') return 'required';
      const date = parseDateInput(draft.date);
      if (!date || !isIsoDate(date)) return 'invalid';
      return date > today ? 'future' : null;
    }
    case 'hours': {
      if (draft.outcome === 'no-show') return null;
      if (draft.hours.trim() === '') return 'required';
      const hours = parseHours(draft.hours);
      if (hours === null) return 'invalid';
      return hours <= 0 || hours > MAX_ACTIVITY_HOURS || !Number.isInteger(hours * 2) ? 'range' : null;
    }
    case 'notes':
      return [...cleanText(draft.notes)].length > REQUEST_LIMITS.notesMaxLength ? 'tooLong' : null;
    case 'outcome':
      return draft.outcome === 'completed' || draft.outcome === 'no-show' ? null : 'required';
  }
}

/** The body of POST /matches/:id/activity; a blank note is left out, a no-show has 0 hours. */
export function toRecordActivityRequest(draft: ActivityDraft): RecordActivityRequest {
  const notes = cleanText(draft.notes);
  return {
    date: parseDateInput(draft.date) ?? draft.date,
    hours: draft.outcome === 'no-show' ? 0 : (parseHours(draft.hours) ?? 0),
    outcome: draft.outcome,
    ...(notes ? { notes } : {}),
  };
}

/** The API's field names are the form's. */
export function activityFieldOfApiField(name: string): ActivityField | null {
  return (ACTIVITY_FIELDS as readonly string[]).includes(name) ? (name as ActivityField) : null;
}
