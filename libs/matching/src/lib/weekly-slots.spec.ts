import { DayPeriod } from '@tsunagu/contracts';
import { ALL_SLOTS_MASK, dayPeriodOf, maskToSlots, periodsBetween, slotBit, slotCount, slotsToMask, searchMask } from './weekly-slots';

describe('weekly slot masks', () => {
  it('puts Saturday morning at bit 15 (day 5 × 3 + period 0) and Monday morning at bit 0', () => {
    expect(slotBit('sat', DayPeriod.Morning)).toBe(1 << 15);
    expect(slotBit('mon', DayPeriod.Morning)).toBe(1);
    expect(slotBit('sun', DayPeriod.Evening)).toBe(1 << 20);
    expect(slotCount(ALL_SLOTS_MASK)).toBe(21);
  });

  it('turns slots into a mask and back, Monday morning first, ignoring repeats', () => {
    const slots = [
      { day: 'sun' as const, period: DayPeriod.Morning },
      { day: 'sat' as const, period: DayPeriod.Morning },
      { day: 'tue' as const, period: DayPeriod.Evening },
      { day: 'sat' as const, period: DayPeriod.Morning },
    ];
    const mask = slotsToMask(slots);
    expect(slotCount(mask)).toBe(3);
    expect(maskToSlots(mask)).toEqual([
      { day: 'tue', period: DayPeriod.Evening },
      { day: 'sat', period: DayPeriod.Morning },
      { day: 'sun', period: DayPeriod.Morning },
    ]);
    expect(maskToSlots(0)).toEqual([]);
    expect(slotsToMask([])).toBe(0);
  });
});

describe('dayPeriodOf', () => {
  it.each([
    ['00:00', DayPeriod.Morning],
    ['09:00', DayPeriod.Morning],
    ['11:59', DayPeriod.Morning],
    ['12:00', DayPeriod.Afternoon],
    ['16:59', DayPeriod.Afternoon],
    ['17:00', DayPeriod.Evening],
    ['21:30', DayPeriod.Evening],
    ['9:15', DayPeriod.Morning],
    ['13:00:00', DayPeriod.Afternoon],
  ])('%s is %s', (time, period) => {
    expect(dayPeriodOf(time)).toBe(period);
  });

  it('refuses what is not a time of day', () => {
    expect(() => dayPeriodOf('25:00')).toThrow(RangeError);
    expect(() => dayPeriodOf('午前')).toThrow(RangeError);
  });
});

describe('periodsBetween', () => {
  const saturday = 5;
  it('covers every period the activity touches, not counting its last minute', () => {
    expect(maskToSlots(periodsBetween(saturday, '09:00', '11:00'))).toEqual([{ day: 'sat', period: DayPeriod.Morning }]);
    expect(maskToSlots(periodsBetween(saturday, '09:00', '12:00'))).toEqual([{ day: 'sat', period: DayPeriod.Morning }]);
    expect(maskToSlots(periodsBetween(saturday, '11:00', '13:00'))).toEqual([
      { day: 'sat', period: DayPeriod.Morning },
      { day: 'sat', period: DayPeriod.Afternoon },
    ]);
    expect(slotCount(periodsBetween(saturday, '08:00', '20:00'))).toBe(3);
  });

  it('takes an end at or before the start as the start’s period only', () => {
    expect(maskToSlots(periodsBetween(0, '18:00', '18:00'))).toEqual([{ day: 'mon', period: DayPeriod.Evening }]);
  });
});

describe('searchMask', () => {
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
