import { DayPeriod } from '@tsunagu/contracts';
import { hasSlot, slotGrid, slotsByDay, sortSlots, toggleSlot } from './weekly-slots';

describe('活動できる日時: the week grid', () => {
  it('has a row for each day from Monday, each with 午前・午後・夜', () => {
    const grid = slotGrid([]);
    expect(grid.map((row) => row.day)).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(grid[0].cells.map((cell) => cell.period)).toEqual([DayPeriod.Morning, DayPeriod.Afternoon, DayPeriod.Evening]);
    expect(grid.every((row) => row.cells.every((cell) => !cell.checked))).toBe(true);
  });

  it('ticks exactly the cells chosen', () => {
    const grid = slotGrid([
      { day: 'sat', period: DayPeriod.Morning },
      { day: 'tue', period: DayPeriod.Evening },
    ]);
    const ticked = grid.flatMap((row) => row.cells.filter((cell) => cell.checked).map((cell) => `${row.day}-${cell.period}`));
    expect(ticked).toEqual(['tue-evening', 'sat-morning']);
  });

  it('ticks and unticks a cell, keeping the slots in grid order and each once', () => {
    let slots = toggleSlot([], 'sat', DayPeriod.Afternoon, true);
    slots = toggleSlot(slots, 'mon', DayPeriod.Morning, true);
    slots = toggleSlot(slots, 'sat', DayPeriod.Afternoon, true);
    expect(slots).toEqual([
      { day: 'mon', period: DayPeriod.Morning },
      { day: 'sat', period: DayPeriod.Afternoon },
    ]);
    slots = toggleSlot(slots, 'mon', DayPeriod.Morning, false);
    expect(slots).toEqual([{ day: 'sat', period: DayPeriod.Afternoon }]);
    expect(hasSlot(slots, 'sat', DayPeriod.Afternoon)).toBe(true);
    expect(hasSlot(slots, 'sat', DayPeriod.Morning)).toBe(false);
  });

  it('drops duplicates and unknown days when reading saved slots', () => {
    const saved = [
      { day: 'sun', period: DayPeriod.Evening },
      { day: 'sun', period: DayPeriod.Evening },
      { day: 'someday', period: DayPeriod.Morning },
      { day: 'wed', period: DayPeriod.Morning },
    ] as Parameters<typeof sortSlots>[0];
    expect(sortSlots(saved)).toEqual([
      { day: 'wed', period: DayPeriod.Morning },
      { day: 'sun', period: DayPeriod.Evening },
    ]);
  });

  it('lists only the days with something ticked, for the confirmation page', () => {
    expect(
      slotsByDay([
        { day: 'sat', period: DayPeriod.Evening },
        { day: 'sat', period: DayPeriod.Morning },
        { day: 'wed', period: DayPeriod.Afternoon },
      ]),
    ).toEqual([
      { day: 'wed', periods: [DayPeriod.Afternoon] },
      { day: 'sat', periods: [DayPeriod.Morning, DayPeriod.Evening] },
    ]);
  });
});
