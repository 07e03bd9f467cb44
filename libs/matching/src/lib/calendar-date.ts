/**
 * Calendar dates as the API sends them (YYYY-MM-DD, no time zone): the date of an activity in
 * Japan. Worked out in UTC so the answer never depends on the server's time zone.
 */
import { WEEKDAYS, type Weekday } from '@tsunagu/contracts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** 1970-01-01 was a Thursday: index 3 with Monday as 0. */
const EPOCH_WEEKDAY_INDEX = 3;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Days since 1970-01-01. Throws a RangeError for anything that is not a real YYYY-MM-DD date. */
export function dayNumberOf(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDayNumber(dayNumber: number): string {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday, the order of WEEKDAYS. */
export function weekdayIndexOf(date: string): number {
  return (((dayNumberOf(date) + EPOCH_WEEKDAY_INDEX) % 7) + 7) % 7;
}

export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndexOf(date)];
}

/** The fiscal year (April–March) a date falls in, by its April start: 2027-03-31 → 2026. */
export function fiscalYearOf(date: string): number {
  const { year, month } = parseIsoDate(date);
  return month >= 4 ? year : year - 1;
}

/** 2026年12月5日 */
export function formatDateJa(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${year}年${month}月${day}日`;
}

/** 5 December 2026 */
export function formatDateEn(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

function parseIsoDate(date: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
}
