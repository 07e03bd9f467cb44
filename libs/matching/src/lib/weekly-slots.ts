/**
 * 活動できる曜日・時間帯 (weekly slots) as a 21-bit mask, so availability is one AND per candidate.
 *
 * Bit index = dayIndex * 3 + periodIndex: days Monday..Sunday are 0..6 (the order of WEEKDAYS),
 * periods morning / afternoon / evening are 0..2. Saturday morning is bit 15.
 */
import { DayPeriod, WEEKDAYS, type WeeklySlot, type Weekday } from '@tsunagu/contracts';

/** The periods of a day in bit order. */
export const DAY_PERIODS = [DayPeriod.Morning, DayPeriod.Afternoon, DayPeriod.Evening] as const;

/** Every slot of the week. */
export const ALL_SLOTS_MASK = (1 << (WEEKDAYS.length * DAY_PERIODS.length)) - 1;

/** Morning is before 12:00, afternoon before 17:00, evening from 17:00 (minutes since midnight). */
const AFTERNOON_STARTS = 12 * 60;
const EVENING_STARTS = 17 * 60;

const TIME = /^(\d{1,2}):(\d{2})(?::\d{2})?$/;

/** The bit of one slot, or 0 for a day or period that is not one of ours. */
export function slotBit(day: Weekday, period: DayPeriod): number {
  const dayIndex = WEEKDAYS.indexOf(day);
  const periodIndex = DAY_PERIODS.indexOf(period);
  return dayIndex < 0 || periodIndex < 0 ? 0 : 1 << (dayIndex * DAY_PERIODS.length + periodIndex);
}

/** The three bits of one day (dayIndex 0 = Monday). */
export function dayMask(dayIndex: number): number {
  return 0b111 << (dayIndex * DAY_PERIODS.length);
}

export function slotsToMask(slots: readonly WeeklySlot[]): number {
  let mask = 0;
  for (const slot of slots) mask |= slotBit(slot.day, slot.period);
  return mask;
}

/** The slots of a mask, Monday morning first. */
export function maskToSlots(mask: number): WeeklySlot[] {
  const slots: WeeklySlot[] = [];
  for (let dayIndex = 0; dayIndex < WEEKDAYS.length; dayIndex++) {
    for (let periodIndex = 0; periodIndex < DAY_PERIODS.length; periodIndex++) {
      if (mask & (1 << (dayIndex * DAY_PERIODS.length + periodIndex))) {
        slots.push({ day: WEEKDAYS[dayIndex], period: DAY_PERIODS[periodIndex] });
      }
    }
  }
  return slots;
}

/**
 * The bits a search for a day and/or period looks at: Saturday morning is one bit, Saturday is
 * its three periods, mornings are seven bits. 0 when neither is given.
 */
export function searchMask(day: Weekday | undefined, period: DayPeriod | undefined): number {
  if (day && period) return slotBit(day, period);
  if (day) return dayMask(WEEKDAYS.indexOf(day));
  if (!period) return 0;
  let mask = 0;
  for (const weekday of WEEKDAYS) mask |= slotBit(weekday, period);
  return mask;
}

/** How many slots a mask holds. */
export function slotCount(mask: number): number {
  let count = 0;
  for (let rest = mask & ALL_SLOTS_MASK; rest !== 0; rest &= rest - 1) count++;
  return count;
}

/**
 * The period a time of day (HH:mm) falls in: morning before 12:00, afternoon before 17:00,
 * evening after. Throws a RangeError for anything that is not a time of day.
 */
export function dayPeriodOf(time: string): DayPeriod {
  return DAY_PERIODS[periodIndexAt(minutesOf(time))];
}

/**
 * The periods from `startTime` up to (not including) `endTime` as bits of one day, shifted to
 * `dayIndex`: 11:00–13:00 on a Saturday is Saturday morning and afternoon. An end at or before the
 * start counts as the start's period only.
 */
export function periodsBetween(dayIndex: number, startTime: string, endTime: string): number {
  const start = minutesOf(startTime);
  const end = minutesOf(endTime);
  const first = periodIndexAt(start);
  const last = end > start ? periodIndexAt(end - 1) : first;
  let bits = 0;
  for (let periodIndex = first; periodIndex <= last; periodIndex++) bits |= 1 << periodIndex;
  return bits << (dayIndex * DAY_PERIODS.length);
}

function minutesOf(time: string): number {
  const match = TIME.exec(time);
  const hours = match ? Number(match[1]) : NaN;
  const minutes = match ? Number(match[2]) : NaN;
  if (!(hours >= 0 && hours <= 24 && minutes >= 0 && minutes < 60)) throw new RangeError(`Not a time of day (HH:mm): ${time}`);
  return hours * 60 + minutes;
}

function periodIndexAt(minutes: number): number {
  return minutes < AFTERNOON_STARTS ? 0 : minutes < EVENING_STARTS ? 1 : 2;
}
