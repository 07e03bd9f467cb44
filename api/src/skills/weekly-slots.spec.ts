import { DayPeriod } from '@tsunagu/contracts';
import { maskToSlots, searchMask, slotsToMask } from './weekly-slots';

describe('weekly slots as a bitmask', () => {
  it('round-trips slots in week order, duplicates folded', () => {
    const mask = slotsToMask([
      { day: 'sat', period: DayPeriod.Morning },
      { day: 'mon', period: DayPeriod.Evening },
      { day: 'sat', period: DayPeriod.Morning },
    ]);
    expect(maskToSlots(mask)).toEqual([
      { day: 'mon', period: 'evening' },
      { day: 'sat', period: 'morning' },
    ]);
    expect(maskToSlots(slotsToMask([{ day: 'sun', period: DayPeriod.Evening }]))).toEqual([{ day: 'sun', period: 'evening' }]);
    expect(slotsToMask([{ day: 'sun', period: DayPeriod.Evening }])).toBe(2 ** 20);
  });

  it('searches a day, a period or one slot', () => {
    const saturdayMorning = slotsToMask([{ day: 'sat', period: DayPeriod.Morning }]);
    expect(searchMask('sat', DayPeriod.Morning)).toBe(saturdayMorning);
    expect(maskToSlots(searchMask('sat', undefined))).toHaveLength(3);
    expect(maskToSlots(searchMask(undefined, DayPeriod.Evening)).map((slot) => slot.day)).toEqual([
      'mon',
      'tue',
      'wed',
      'thu',
      'fri',
      'sat',
      'sun',
    ]);
    expect(searchMask(undefined, undefined)).toBe(0);
  });
});
