import { InsurancePlan } from '@tsunagu/contracts';
import {
  coverStartProblem,
  fiscalYearLabel,
  fiscalYearOf,
  insuranceCover,
  insuranceFiscalYearChoices,
  needsInsuranceWarning,
} from './insurance';

const basic = (fiscalYear: number, coverStart: string) => ({ plan: InsurancePlan.BasicA, fiscalYear, coverStart });

describe('ボランティア活動保険: 年度 (April to March)', () => {
  it('puts January to March in the 年度 that began the April before', () => {
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
    expect(fiscalYearOf('2026-01-15')).toBe(2025);
  });

  it('names the 年度 in 令和 and in the Western year together', () => {
    expect(fiscalYearLabel(2026, 'ja')).toBe('令和8年度（2026年度）');
    expect(fiscalYearLabel(2019, 'ja')).toBe('令和元年度（2019年度）');
    expect(fiscalYearLabel(2018, 'ja')).toBe('平成30年度（2018年度）');
    expect(fiscalYearLabel(2026, 'en')).toBe('FY2026 (Reiwa 8)');
    expect(fiscalYearLabel(2019, 'en')).toBe('FY2019 (Reiwa 1)');
  });

  it('offers this 年度, and from January also the next one (renewal before April)', () => {
    expect(insuranceFiscalYearChoices('2026-06-10')).toEqual([2026]);
    expect(insuranceFiscalYearChoices('2027-02-10')).toEqual([2026, 2027]);
    // A year already saved stays in the list, so the form shows what is saved.
    expect(insuranceFiscalYearChoices('2026-06-10', 2025)).toEqual([2025, 2026]);
  });
});

describe('ボランティア活動保険: covered today?', () => {
  it('is covered from the cover start to 31 March', () => {
    const insurance = basic(2026, '2026-05-10');
    expect(insuranceCover(insurance, '2026-05-10')).toEqual({ kind: 'covered', until: '2027-03-31' });
    expect(insuranceCover(insurance, '2027-03-31')).toEqual({ kind: 'covered', until: '2027-03-31' });
    expect(needsInsuranceWarning(insuranceCover(insurance, '2026-12-01'))).toBe(false);
  });

  it('warns when there is no insurance', () => {
    const cover = insuranceCover(null, '2026-05-10');
    expect(cover).toEqual({ kind: 'none' });
    expect(needsInsuranceWarning(cover)).toBe(true);
  });

  it('warns before the cover starts, saying from when', () => {
    expect(insuranceCover(basic(2026, '2026-06-01'), '2026-05-10')).toEqual({ kind: 'notYet', from: '2026-06-01', until: '2027-03-31' });
    // Next year's insurance bought in March does not cover March.
    expect(insuranceCover(basic(2027, '2027-04-01'), '2027-03-20')).toEqual({ kind: 'notYet', from: '2027-04-01', until: '2028-03-31' });
  });

  it("warns once the 年度 has ended (last year's certificate)", () => {
    const cover = insuranceCover(basic(2025, '2025-04-01'), '2026-04-01');
    expect(cover).toEqual({ kind: 'ended', on: '2026-03-31' });
    expect(needsInsuranceWarning(cover)).toBe(true);
  });

  it('checks the cover start is a real date inside the chosen 年度', () => {
    expect(coverStartProblem(null, '', 2026)).toBe('required');
    expect(coverStartProblem(null, '4月の初め', 2026)).toBe('date');
    expect(coverStartProblem('2026-03-31', '2026/3/31', 2026)).toBe('outsideYear');
    expect(coverStartProblem('2027-04-01', '2027/4/1', 2026)).toBe('outsideYear');
    expect(coverStartProblem('2027-03-31', '令和9年3月31日', 2026)).toBeNull();
  });
});
