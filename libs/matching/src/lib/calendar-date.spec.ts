import { dateOfDayNumber, dayNumberOf, fiscalYearOf, formatDateEn, formatDateJa, weekdayOf } from './calendar-date';
import { distanceKm } from './geo-distance';
import { insuranceCoverEnd, isInsuredOn } from './insurance-cover';

describe('calendar dates', () => {
  it('knows the weekday of a date, whatever the time zone', () => {
    expect(weekdayOf('2026-12-05')).toBe('sat');
    expect(weekdayOf('2026-11-30')).toBe('mon');
    expect(weekdayOf('1970-01-01')).toBe('thu');
    expect(weekdayOf('1969-12-28')).toBe('sun');
  });

  it('counts days and back', () => {
    expect(dayNumberOf('2026-12-05') - dayNumberOf('2026-11-28')).toBe(7);
    expect(dateOfDayNumber(dayNumberOf('2024-02-29') + 1)).toBe('2024-03-01');
  });

  it('puts a date in its fiscal year (April–March)', () => {
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2026-03-31')).toBe(2025);
  });

  it('writes dates as people read them', () => {
    expect(formatDateJa('2026-12-05')).toBe('2026年12月5日');
    expect(formatDateEn('2026-12-05')).toBe('5 December 2026');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => dayNumberOf('2026-02-30')).toThrow(RangeError);
    expect(() => weekdayOf('12/05/2026')).toThrow(RangeError);
  });
});

describe('volunteer activity insurance cover', () => {
  const fy2026 = { fiscalYear: 2026, coverStart: '2026-06-10' };

  it('runs from the cover start to 31 March at the end of the fiscal year', () => {
    expect(insuranceCoverEnd(fy2026)).toBe('2027-03-31');
    expect(isInsuredOn(fy2026, '2026-06-09')).toBe(false);
    expect(isInsuredOn(fy2026, '2026-06-10')).toBe(true);
    expect(isInsuredOn(fy2026, '2027-03-31')).toBe(true);
    expect(isInsuredOn(fy2026, '2027-04-01')).toBe(false);
  });

  it('covers nothing without insurance', () => {
    expect(isInsuredOn(null, '2026-12-05')).toBe(false);
  });
});

describe('distanceKm', () => {
  it('measures the straight line between two places', () => {
    const tokyoStation = { lat: 35.681236, lng: 139.767125 };
    const shinjukuStation = { lat: 35.690921, lng: 139.700258 };
    expect(distanceKm(tokyoStation, shinjukuStation)).toBeCloseTo(6.13, 1);
    expect(distanceKm(tokyoStation, tokyoStation)).toBe(0);
  });
});
