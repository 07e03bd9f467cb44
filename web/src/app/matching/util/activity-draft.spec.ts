import { activityProblem, emptyActivityDraft, parseHours, toRecordActivityRequest } from './activity-draft';

const today = '2026-12-07';

describe('活動記録 form', () => {
  it('reads hours as people write them', () => {
    expect(parseHours('3')).toBe(3);
    expect(parseHours('２．５')).toBe(2.5);
    expect(parseHours('2時間半')).toBe(2.5);
    expect(parseHours('3時間')).toBe(3);
    expect(parseHours('three')).toBeNull();
  });

  it('asks for a real date that is not in the future', () => {
    const draft = emptyActivityDraft('');
    expect(activityProblem('date', draft, today)).toBe('required');
    expect(activityProblem('date', { ...draft, date: '2026-02-30' }, today)).toBe('invalid');
    expect(activityProblem('date', { ...draft, date: '2026-12-08' }, today)).toBe('future');
    expect(activityProblem('date', { ...draft, date: '令和8年12月5日' }, today)).toBeNull();
  });

  it('asks for hours in half hours up to a day when the activity took place, none for a no-show', () => {
    const draft = emptyActivityDraft(today);
    expect(activityProblem('hours', draft, today)).toBe('required');
    expect(activityProblem('hours', { ...draft, hours: 'たくさん' }, today)).toBe('invalid');
    expect(activityProblem('hours', { ...draft, hours: '0' }, today)).toBe('range');
    expect(activityProblem('hours', { ...draft, hours: '25' }, today)).toBe('range');
    expect(activityProblem('hours', { ...draft, hours: '1.25' }, today)).toBe('range');
    expect(activityProblem('hours', { ...draft, hours: '2.5' }, today)).toBeNull();
    expect(activityProblem('hours', { ...draft, outcome: 'no-show' }, today)).toBeNull();
  });

  it('sends the date as YYYY-MM-DD, 0 hours for a no-show, and leaves a blank note out', () => {
    expect(toRecordActivityRequest({ date: '2026/12/5', hours: '3', outcome: 'completed', notes: '  ' })).toEqual({
      date: '2026-12-05',
      hours: 3,
      outcome: 'completed',
    });
    expect(toRecordActivityRequest({ date: '2026-12-05', hours: '3', outcome: 'no-show', notes: ' 連絡がつきませんでした ' })).toEqual({
      date: '2026-12-05',
      hours: 0,
      outcome: 'no-show',
      notes: '連絡がつきませんでした',
    });
  });
});
