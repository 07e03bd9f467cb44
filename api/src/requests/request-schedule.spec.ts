import { DayPeriod } from '@tsunagu/contracts';
import { ALL_SLOTS_MASK } from '@tsunagu/matching';
import { cleanSchedule, scheduleColumns, scheduleProblems } from './request-schedule';

// 2026-12-05 is a Saturday: Saturday is day 5 (Monday first), so its morning is bit 15.
const SATURDAY_MORNING = 1 << 15;
const SATURDAY_AFTERNOON = 1 << 16;

describe('the columns the matching SQL reads from a request’s schedule', () => {
  it('takes a one-off morning as that day’s morning', () => {
    expect(scheduleColumns({ kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:30' })).toEqual({
      scheduleKind: 'once',
      firstDate: '2026-12-05',
      lastDate: '2026-12-05',
      weeklySlotsMask: SATURDAY_MORNING,
    });
  });

  it('counts 11:00–13:00 as morning and afternoon', () => {
    expect(scheduleColumns({ kind: 'once', date: '2026-12-05', startTime: '11:00', endTime: '13:00' }).weeklySlotsMask).toBe(
      SATURDAY_MORNING | SATURDAY_AFTERNOON,
    );
  });

  it('keeps a weekly request open-ended when it has no end', () => {
    expect(
      scheduleColumns({
        kind: 'weekly',
        slots: [{ day: 'thu', period: DayPeriod.Afternoon }],
        from: '2026-12-03',
        until: null,
      }),
    ).toEqual({ scheduleKind: 'weekly', firstDate: '2026-12-03', lastDate: null, weeklySlotsMask: 1 << 10 });
  });

  it('takes every slot of the days in a short flexible range, and the whole week from seven days', () => {
    expect(scheduleColumns({ kind: 'flexible', from: '2026-12-05', until: '2026-12-06' }).weeklySlotsMask).toBe(0b111111 << 15);
    expect(scheduleColumns({ kind: 'flexible', from: '2026-12-01', until: '2026-12-31' }).weeklySlotsMask).toBe(ALL_SLOTS_MASK);
  });

  it('has nothing for a draft without a schedule', () => {
    expect(scheduleColumns(null)).toEqual({ scheduleKind: null, firstDate: null, lastDate: null, weeklySlotsMask: 0 });
  });
});

describe('what a schedule must say', () => {
  const today = '2026-12-01';

  it('accepts a day from today on with an end after the start', () => {
    expect(scheduleProblems({ kind: 'once', date: today, startTime: '09:00', endTime: '09:30' }, today)).toEqual([]);
  });

  it('refuses a past day, an unreal date and an end before the start', () => {
    expect(scheduleProblems({ kind: 'once', date: '2026-11-30', startTime: '10:00', endTime: '10:00' }, today)).toEqual([
      { field: 'schedule.date', rule: 'notInPast' },
      { field: 'schedule.endTime', rule: 'endAfterStart' },
    ]);
    expect(scheduleProblems({ kind: 'flexible', from: '2026-02-30', until: '2026-12-10' }, today)).toEqual([
      { field: 'schedule.from', rule: 'activityDate' },
    ]);
  });

  it('lets a weekly activity already running keep its start, but not end before it', () => {
    const weekly = { kind: 'weekly' as const, slots: [{ day: 'tue' as const, period: DayPeriod.Morning }], from: '2026-04-07' };
    expect(scheduleProblems({ ...weekly, until: null }, today)).toEqual([]);
    expect(scheduleProblems({ ...weekly, from: '2027-01-05', until: '2026-12-29' }, today)).toEqual([
      { field: 'schedule.until', rule: 'untilAfterFrom' },
    ]);
  });

  it('keeps only the fields of the schedule’s kind', () => {
    const sent = { kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00', slots: [], from: 'x' } as never;
    expect(cleanSchedule(sent)).toEqual({ kind: 'once', date: '2026-12-05', startTime: '09:00', endTime: '11:00' });
  });
});
