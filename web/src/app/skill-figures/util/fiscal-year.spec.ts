import {
  barWidths,
  figuresApiQuery,
  figuresPeriod,
  figuresQueryOf,
  figuresRouteParams,
  fiscalYearChoices,
  fiscalYearLabel,
  fiscalYearMonths,
  fiscalYearOf,
  monthColumnLabel,
  monthLabel,
  periodLabel,
} from './fiscal-year';

const params = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe('fiscal year (年度, April to March)', () => {
  it('puts January to March in the year that began the April before', () => {
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2026-12-31')).toBe(2026);
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
    expect(fiscalYearOf('2027-01')).toBe(2026);
  });

  it('names the year with both 令和 and Western years', () => {
    expect(fiscalYearLabel(2026, 'ja')).toBe('令和8年度（2026年度）');
    expect(fiscalYearLabel(2026, 'en')).toBe('FY2026 (Reiwa 8)');
  });

  it('calls 2019 令和元年度 and 1989 平成元年度, as offices do', () => {
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度（2019年度）');
    expect(fiscalYearLabel(2019, 'en')).toBe('FY2019 (Reiwa 1)');
    expect(fiscalYearLabel(2018, 'ja')).toBe('平成30年度（2018年度）');
    expect(fiscalYearLabel(1989, 'ja')).toBe('平成元年度（1989年度）');
  });

  it('lists the twelve months from April to the next March', () => {
    const months = fiscalYearMonths(2026);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-04');
    expect(months[8]).toBe('2026-12');
    expect(months[9]).toBe('2027-01');
    expect(months[11]).toBe('2027-03');
  });

  it('counts a running year up to this month, a past year in full, and a future year not at all', () => {
    expect(figuresPeriod(2026, '2026-11-29')).toEqual({ from: '2026-04', to: '2026-11' });
    expect(figuresPeriod(2026, '2027-02-01')).toEqual({ from: '2026-04', to: '2027-02' });
    expect(figuresPeriod(2025, '2026-11-29')).toEqual({ from: '2025-04', to: '2026-03' });
    expect(figuresPeriod(2027, '2026-11-29')).toBeNull();
    expect(figuresPeriod(2026, '2026-04-01')).toEqual({ from: '2026-04', to: '2026-04' });
  });

  it('offers this fiscal year first and five before it', () => {
    expect(fiscalYearChoices('2027-03-31')).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
  });

  it('labels months for reading', () => {
    expect(monthLabel('2027-01', 'ja')).toBe('2027年1月');
    expect(monthLabel('2027-01', 'en')).toBe('Jan 2027');
  });

  it('heads table columns with the year only where it changes', () => {
    const months = fiscalYearMonths(2026);
    expect(months.map((month, index) => monthColumnLabel(month, 'ja', index === 0))).toEqual([
      '2026年4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '2027年1月',
      '2月',
      '3月',
    ]);
    expect(monthColumnLabel('2026-05', 'en')).toBe('May');
    expect(monthColumnLabel('2026-04', 'en', true)).toBe('Apr 2026');
  });

  it('words the period a table covers', () => {
    expect(periodLabel(['2026-04', '2026-05', '2026-11'], 'ja')).toBe('2026年4月〜2026年11月');
    expect(periodLabel(['2026-04', '2026-11'], 'en')).toBe('Apr 2026 – Nov 2026');
    expect(periodLabel(['2026-04'], 'ja')).toBe('2026年4月');
    expect(periodLabel([], 'ja')).toBe('');
  });
});

describe('figures page address', () => {
  const today = '2026-11-29';

  it('defaults to this fiscal year by center', () => {
    expect(figuresQueryOf(params({}), today)).toEqual({ fiscalYear: 2026, groupBy: 'center' });
  });

  it('reads a past year and a grouping, and drops what it does not know', () => {
    expect(figuresQueryOf(params({ fy: '2024', by: 'category' }), today)).toEqual({ fiscalYear: 2024, groupBy: 'category' });
    expect(figuresQueryOf(params({ fy: '1999', by: 'everyone' }), today)).toEqual({ fiscalYear: 2026, groupBy: 'center' });
    expect(figuresQueryOf(params({ fy: '2030' }), today).fiscalYear).toBe(2026);
  });

  it('leaves the defaults out of the address, so the plain page is the current year', () => {
    expect(figuresRouteParams({ fiscalYear: 2026, groupBy: 'center' }, today)).toEqual({ fy: null, by: null });
    expect(figuresRouteParams({ fiscalYear: 2025, groupBy: 'area' }, today)).toEqual({ fy: '2025', by: 'area' });
  });

  it('asks the API for the months counted so far', () => {
    expect(figuresApiQuery({ fiscalYear: 2026, groupBy: 'area' }, today)).toEqual({ from: '2026-04', to: '2026-11', groupBy: 'area' });
  });

  it('draws bars against the largest count', () => {
    expect(barWidths([10, 5, 0])).toEqual([100, 50, 0]);
    expect(barWidths([0, 0])).toEqual([0, 0]);
    expect(barWidths([3])).toEqual([100]);
  });
});
