import { DayPeriod } from '@tsunagu/contracts';
import { formatScheduleDate, formatTime, scheduleLabel, scheduleRangeLabel, scheduleText, weeklyLabel } from './request-schedule';

describe('when a request is, in words', () => {
  it('writes a one-off date with the day of the week and the times', () => {
    const once = { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00' } as const;
    expect(scheduleLabel(once, 'ja')).toBe('2026年12月5日（土）9:00〜11:00');
    expect(scheduleLabel(once, 'en')).toBe('Sat 5 December 2026, 9:00–11:00');
    expect(scheduleText(once, 'ja')).toBe('2026年12月5日（土）9:00〜11:00');
  });

  it('writes a weekly request by day and time of day', () => {
    const saturdayMorning = [{ day: 'sat', period: DayPeriod.Morning }] as const;
    expect(weeklyLabel(saturdayMorning, 'ja')).toBe('毎週 土曜日の午前');
    expect(weeklyLabel(saturdayMorning, 'en')).toBe('Every Saturday morning');
    const several = [
      { day: 'sun', period: DayPeriod.Afternoon },
      { day: 'sat', period: DayPeriod.Afternoon },
      { day: 'sat', period: DayPeriod.Morning },
    ] as const;
    expect(weeklyLabel(several, 'ja')).toBe('毎週 土曜日の午前・午後、日曜日の午後');
    expect(weeklyLabel(several, 'en')).toBe('Every Saturday morning and afternoon, Sunday afternoon');
  });

  it('says from when a weekly request runs, and until when if it ends', () => {
    const open = { kind: 'weekly', slots: [{ day: 'wed', period: DayPeriod.Evening }], from: '2026-12-02', until: null } as const;
    expect(scheduleRangeLabel(open, 'ja')).toBe('2026年12月2日（水）から');
    expect(scheduleText(open, 'ja')).toBe('毎週 水曜日の夜（2026年12月2日（水）から）');
    expect(scheduleText(open, 'en')).toBe('Every Wednesday evening (from Wed 2 December 2026)');
    const ends = { ...open, until: '2027-03-31' };
    expect(scheduleRangeLabel(ends, 'ja')).toBe('2026年12月2日（水）から2027年3月31日（水）まで');
    expect(scheduleRangeLabel({ kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00' }, 'ja')).toBeNull();
  });

  it('writes a flexible range, leaving out the second year when it is the same', () => {
    const flexible = { kind: 'flexible', from: '2026-12-01', until: '2026-12-20' } as const;
    expect(scheduleLabel(flexible, 'ja')).toBe('2026年12月1日（火）から12月20日（日）までのどこかで');
    expect(scheduleLabel(flexible, 'en')).toBe('Any time from Tue 1 December 2026 to Sun 20 December');
    expect(scheduleLabel({ ...flexible, until: '2027-01-10' }, 'ja')).toBe('2026年12月1日（火）から2027年1月10日（日）までのどこかで');
  });

  it('has nothing to say when there is no schedule yet (a draft from the skills listing)', () => {
    expect(scheduleText(null, 'ja')).toBeNull();
  });

  it('formats dates and times as notices do', () => {
    expect(formatScheduleDate('2026-12-05', 'ja', false)).toBe('12月5日（土）');
    expect(formatScheduleDate('not a date', 'ja')).toBe('not a date');
    expect(formatTime('09:05')).toBe('9:05');
    expect(formatTime('18:30')).toBe('18:30');
  });
});
