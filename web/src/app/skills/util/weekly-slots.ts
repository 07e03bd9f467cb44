import { DayPeriod, type WeeklySlot, type Weekday, WEEKDAYS } from '@tsunagu/contracts';

/**
 * 活動できる日時: the week as a grid of days (月〜日) × times of day (午前・午後・夜), each cell a
 * checkbox. Slots are kept in grid order (Monday morning first) so the same choice always reads,
 * saves and compares the same.
 */

/** The columns of the grid, in the order of the day. */
export const DAY_PERIODS: readonly DayPeriod[] = [DayPeriod.Morning, DayPeriod.Afternoon, DayPeriod.Evening];

export interface SlotCell {
  period: DayPeriod;
  checked: boolean;
}

export interface SlotRow {
  day: Weekday;
  cells: SlotCell[];
}

const order = (slot: WeeklySlot) => WEEKDAYS.indexOf(slot.day) * DAY_PERIODS.length + DAY_PERIODS.indexOf(slot.period);
const isKnown = (slot: WeeklySlot) => WEEKDAYS.includes(slot.day) && DAY_PERIODS.includes(slot.period);

/** Grid order, each slot once; slots with an unknown day or time are dropped. */
export function sortSlots(slots: readonly WeeklySlot[]): WeeklySlot[] {
  const seen = new Set<number>();
  return slots
    .filter(isKnown)
    .filter((slot) => {
      const key = order(slot);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((slot) => ({ day: slot.day, period: slot.period }))
    .sort((a, b) => order(a) - order(b));
}

export function hasSlot(slots: readonly WeeklySlot[], day: Weekday, period: DayPeriod): boolean {
  return slots.some((slot) => slot.day === day && slot.period === period);
}

/** Ticks (`on`) or unticks one cell of the grid. */
export function toggleSlot(slots: readonly WeeklySlot[], day: Weekday, period: DayPeriod, on: boolean): WeeklySlot[] {
  const others = slots.filter((slot) => !(slot.day === day && slot.period === period));
  return sortSlots(on ? [...others, { day, period }] : others);
}

/** The whole week as rows of the grid, Monday first. */
export function slotGrid(slots: readonly WeeklySlot[]): SlotRow[] {
  return WEEKDAYS.map((day) => ({
    day,
    cells: DAY_PERIODS.map((period) => ({ period, checked: hasSlot(slots, day, period) })),
  }));
}

/** For the confirmation page: only the days with something ticked, each with its times of day. */
export function slotsByDay(slots: readonly WeeklySlot[]): { day: Weekday; periods: DayPeriod[] }[] {
  return slotGrid(slots)
    .map((row) => ({ day: row.day, periods: row.cells.filter((cell) => cell.checked).map((cell) => cell.period) }))
    .filter((row) => row.periods.length > 0);
}
