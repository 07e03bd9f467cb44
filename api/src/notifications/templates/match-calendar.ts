import { type CalendarEventData, DayPeriod, type Weekday, WEEKDAYS } from '@tsunagu/contracts';
import { type CalendarEvent, utcStamp, writeCalendar } from '../../core/mail/icalendar';
import { weekdayOf } from './schedule-text';

/** Japan has one offset all year (no summer time). */
const JST_OFFSET_MS = 9 * 3600_000;

/** The hours a weekly period stands for in a calendar: a guide, since the request names only the period. */
const PERIOD_HOURS: Record<DayPeriod, { start: string; end: string }> = {
  [DayPeriod.Morning]: { start: '09:00', end: '12:00' },
  [DayPeriod.Afternoon]: { start: '13:00', end: '17:00' },
  [DayPeriod.Evening]: { start: '17:00', end: '20:00' },
};

const BYDAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export const CALENDAR_FILE_NAME = 'tsunagu-activity.ics';
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8; method=PUBLISH';

/** The instant of a Japan-time date and time (YYYY-MM-DD, HH:mm). */
export function japanTime(date: string, time: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  const [hours, minutes] = time.split(':').map(Number);
  return new Date(Date.UTC(year, month - 1, day, hours, minutes) - JST_OFFSET_MS);
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/**
 * The .ics text for a confirmed match: one event on the day (one-off), a weekly repeating event
 * per time of day (weekly), or an all-day span that does not block the calendar (flexible).
 */
export function matchCalendar(event: CalendarEventData, now: Date): string {
  const base = { summary: event.title, description: event.description, location: event.location };
  const schedule = event.schedule;
  const events: CalendarEvent[] = [];
  switch (schedule.kind) {
    case 'once':
      events.push({
        ...base,
        uid: `${event.uid}@tsunagu`,
        start: japanTime(schedule.date, schedule.startTime),
        end: japanTime(schedule.date, schedule.endTime),
      });
      break;
    case 'weekly': {
      // The last moment of the last day, in UTC, as RRULE's UNTIL needs with a UTC DTSTART.
      const until = schedule.until ? `;UNTIL=${utcStamp(new Date(japanTime(addDays(schedule.until, 1), '00:00').getTime() - 1000))}` : '';
      for (const period of Object.values(DayPeriod)) {
        const days = WEEKDAYS.filter((day) => schedule.slots.some((slot) => slot.day === day && slot.period === period));
        if (days.length === 0) continue;
        // DTSTART is the first day on or after `from` that the rule includes.
        let first = schedule.from;
        while (!days.includes(weekdayOf(first))) first = addDays(first, 1);
        const hours = PERIOD_HOURS[period];
        events.push({
          ...base,
          uid: `${event.uid}-${period}@tsunagu`,
          start: japanTime(first, hours.start),
          end: japanTime(first, hours.end),
          rrule: `FREQ=WEEKLY;BYDAY=${days.map((day) => BYDAY[day]).join(',')}${until}`,
        });
      }
      break;
    }
    case 'flexible':
      events.push({
        ...base,
        uid: `${event.uid}@tsunagu`,
        start: { date: schedule.from },
        end: { date: addDays(schedule.until, 1) },
        transparent: true,
      });
      break;
  }
  return writeCalendar(events, { productId: '-//Tsunagu//Match confirmation//JA', now });
}
