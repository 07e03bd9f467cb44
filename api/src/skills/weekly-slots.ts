import { DayPeriod, type WeeklySlot, type Weekday, WEEKDAYS } from '@tsunagu/contracts';

/**
 * Weekly slots as one integer, so the search filters them in SQL with one `&`:
 * bit `day * 3 + period`, days Monday first (WEEKDAYS), periods morning, afternoon, evening.
 */
export const DAY_PERIODS: readonly DayPeriod[] = [DayPeriod.Morning, DayPeriod.Afternoon, DayPeriod.Evening];

const bitOf = (day: Weekday, period: DayPeriod) => 1 << (WEEKDAYS.indexOf(day) * DAY_PERIODS.length + DAY_PERIODS.indexOf(period));

export function slotsToMask(slots: readonly WeeklySlot[]): number {
  return slots.reduce((mask, { day, period }) => mask | bitOf(day, period), 0);
}

/** In week order: Monday morning first. */
export function maskToSlots(mask: number): WeeklySlot[] {
  return WEEKDAYS.flatMap((day) => DAY_PERIODS.filter((period) => (mask & bitOf(day, period)) !== 0).map((period) => ({ day, period })));
}

/**
 * The bits a search for a day and/or period looks at: Saturday morning is one bit, Saturday is
 * its three periods, mornings are seven bits. 0 when neither is given.
 */
export function searchMask(day: Weekday | undefined, period: DayPeriod | undefined): number {
  const days: readonly Weekday[] = day ? [day] : period ? WEEKDAYS : [];
  const periods: readonly DayPeriod[] = period ? [period] : DAY_PERIODS;
  let mask = 0;
  for (const d of days) for (const p of periods) mask |= bitOf(d, p);
  return mask;
}
