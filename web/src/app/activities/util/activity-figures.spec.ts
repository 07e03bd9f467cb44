import type { ActivityFiguresRow } from '@tsunagu/contracts';
import { centerFiguresTables, countedMonths, fiscalYearParam } from './activity-figures';

const row = (centerId: string, month: string, figures: Partial<ActivityFiguresRow>): ActivityFiguresRow => ({
  centerId,
  centerNameJa: centerId === 'aoba' ? '青葉地区ボランティアセンター' : '川辺地区ボランティアセンター',
  centerNameEn: centerId === 'aoba' ? 'Aoba District Volunteer Center' : '',
  month,
  connected: 0,
  activities: 0,
  requestsReceived: 0,
  requestsMatched: 0,
  ...figures,
});
const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('activity figures (活動の実績)', () => {
  it('counts the months of the fiscal year so far, April first', () => {
    expect(countedMonths(2026, '2026-06-15')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(countedMonths(2025, '2026-06-15')).toHaveLength(12);
    expect(countedMonths(2025, '2026-06-15')[11]).toBe('2026-03');
    expect(countedMonths(2027, '2026-06-15')).toEqual([]);
  });

  it('makes one table per center with every month, months without figures as 0, month labels in the language', () => {
    // Month labels carry the year where it changes (the first row, January); the caption gives the period.
    const rows = [
      row('aoba', '2026-05', { connected: 2, activities: 3, requestsReceived: 4, requestsMatched: 2 }),
      row('kawabe', '2026-04', { requestsReceived: 1 }),
      row('aoba', '2026-06', { connected: 1, activities: 1, requestsReceived: 1, requestsMatched: 1 }),
    ];
    const months = ['2026-04', '2026-05', '2026-06'];
    const [aoba, kawabe] = centerFiguresTables(rows, months, 'ja');
    expect(aoba.centerName).toBe('青葉地区ボランティアセンター');
    expect(aoba.rows.map((r) => r.label)).toEqual(['2026年4月', '5月', '6月']);
    expect(aoba.rows[0].values).toEqual({ connected: 0, activities: 0, requestsReceived: 0, requestsMatched: 0 });
    expect(aoba.rows[1].values).toEqual({ connected: 2, activities: 3, requestsReceived: 4, requestsMatched: 2 });
    expect(kawabe.rows[0].values.requestsReceived).toBe(1);

    const en = centerFiguresTables(rows, months, 'en');
    expect(en[0].centerName).toBe('Aoba District Volunteer Center');
    expect(en[0].rows.map((r) => r.label)).toEqual(['Apr 2026', 'May', 'Jun']);
    // No English name yet: the Japanese one, not a blank heading.
    expect(en[1].centerName).toBe('川辺地区ボランティアセンター');
  });

  it('adds up activities and requests over the year, but not the people, who would be counted twice', () => {
    const rows = [
      row('aoba', '2026-05', { connected: 2, activities: 3, requestsReceived: 4, requestsMatched: 2 }),
      row('aoba', '2026-06', { connected: 2, activities: 2, requestsReceived: 1, requestsMatched: 1 }),
    ];
    const [aoba] = centerFiguresTables(rows, ['2026-04', '2026-05', '2026-06'], 'ja');
    expect(aoba.totals).toEqual({ connected: null, activities: 5, requestsReceived: 5, requestsMatched: 3 });
  });

  it('reads the fiscal year from the address, this year unless a year offered', () => {
    expect(fiscalYearParam(params({}), '2027-02-10')).toBe(2026);
    expect(fiscalYearParam(params({ fy: '2024' }), '2027-02-10')).toBe(2024);
    expect(fiscalYearParam(params({ fy: '2030' }), '2027-02-10')).toBe(2026);
    expect(fiscalYearParam(params({ fy: 'abc' }), '2027-02-10')).toBe(2026);
  });
});

describe('month labels across the turn of the year', () => {
  it('names January with its year inside a fiscal year', () => {
    const months = ['2026-12', '2027-01', '2027-02'];
    const [table] = centerFiguresTables([row('aoba', '2027-01', { activities: 1 })], months, 'ja');
    expect(table.rows.map((r) => r.label)).toEqual(['2026年12月', '2027年1月', '2月']);
  });
});
