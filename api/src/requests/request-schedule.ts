import type { RequestSchedule } from '@tsunagu/contracts';
import { ALL_SLOTS_MASK, dateOfDayNumber, dayMask, dayNumberOf, periodsBetween, slotsToMask, weekdayIndexOf } from '@tsunagu/matching';
import type { FieldProblem } from '../core/http/invalid-input.exception';

/** HH:mm, 00:00 to 23:59 (24:00 closes a day: only as an end time). */
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ScheduleKind = RequestSchedule['kind'];

/** What the matching SQL filters on, worked out from the schedule on every save. */
export interface ScheduleColumns {
  scheduleKind: ScheduleKind | null;
  /** once: the day; weekly and flexible: the first day. */
  firstDate: string | null;
  /** once: the day; flexible: the last day; weekly: the last day, or null when it goes on. */
  lastDate: string | null;
  /** The slots asked for, as skill_profile.weekly_slots: bit `day * 3 + period`. */
  weeklySlotsMask: number;
}

export function scheduleColumns(schedule: RequestSchedule | null): ScheduleColumns {
  if (!schedule) return { scheduleKind: null, firstDate: null, lastDate: null, weeklySlotsMask: 0 };
  switch (schedule.kind) {
    case 'once':
      return {
        scheduleKind: 'once',
        firstDate: schedule.date,
        lastDate: schedule.date,
        weeklySlotsMask: periodsBetween(weekdayIndexOf(schedule.date), schedule.startTime, schedule.endTime),
      };
    case 'weekly':
      return { scheduleKind: 'weekly', firstDate: schedule.from, lastDate: schedule.until, weeklySlotsMask: slotsToMask(schedule.slots) };
    case 'flexible': {
      // A week or more takes in every slot; a shorter range, every period of its days.
      const first = dayNumberOf(schedule.from);
      const days = dayNumberOf(schedule.until) - first + 1;
      let mask = days >= 7 ? ALL_SLOTS_MASK : 0;
      for (let offset = 0; offset < Math.min(days, 7); offset++) mask |= dayMask(weekdayIndexOf(dateOfDayNumber(first + offset)));
      return { scheduleKind: 'flexible', firstDate: schedule.from, lastDate: schedule.until, weeklySlotsMask: mask };
    }
  }
}

/** Only the fields of the schedule's kind, in a fixed order (what is stored and shown). */
export function cleanSchedule(schedule: RequestSchedule): RequestSchedule {
  switch (schedule.kind) {
    case 'once':
      return { kind: 'once', date: schedule.date, startTime: schedule.startTime, endTime: schedule.endTime };
    case 'weekly':
      return {
        kind: 'weekly',
        slots: schedule.slots.map(({ day, period }) => ({ day, period })),
        from: schedule.from,
        until: schedule.until ?? null,
      };
    case 'flexible':
      return { kind: 'flexible', from: schedule.from, until: schedule.until };
  }
}

/**
 * What the shape check cannot see: real dates, not in the past, an end after the start. The DTO
 * has already checked the formats; field names are the DTO's (schedule.endTime …).
 */
export function scheduleProblems(schedule: RequestSchedule, today: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const date = (field: string, value: string | null | undefined) => {
    if (value === null || value === undefined) return false;
    if (!isCalendarDate(value)) {
      problems.push({ field: `schedule.${field}`, rule: 'activityDate' });
      return false;
    }
    if (value < today) {
      problems.push({ field: `schedule.${field}`, rule: 'notInPast' });
      return false;
    }
    return true;
  };
  switch (schedule.kind) {
    case 'once':
      date('date', schedule.date);
      if (TIME.test(schedule.startTime) && TIME.test(schedule.endTime) && schedule.endTime <= schedule.startTime) {
        problems.push({ field: 'schedule.endTime', rule: 'endAfterStart' });
      }
      break;
    case 'weekly': {
      const from = isCalendarDate(schedule.from);
      const until = date('until', schedule.until);
      if (!from) problems.push({ field: 'schedule.from', rule: 'activityDate' });
      if (from && until && schedule.until !== null && schedule.until < schedule.from) {
        problems.push({ field: 'schedule.until', rule: 'untilAfterFrom' });
      }
      break;
    }
    case 'flexible': {
      const from = isCalendarDate(schedule.from);
      const until = date('until', schedule.until);
      if (!from) problems.push({ field: 'schedule.from', rule: 'activityDate' });
      if (from && until && schedule.until < schedule.from) problems.push({ field: 'schedule.until', rule: 'untilAfterFrom' });
      break;
    }
  }
  return problems;
}

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  try {
    dayNumberOf(value);
    return true;
  } catch {
    return false;
  }
}
