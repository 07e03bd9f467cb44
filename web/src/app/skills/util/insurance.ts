import { InsurancePlan, type Locale, type VolunteerInsurance } from '@tsunagu/contracts';
import { isIsoDate, japaneseEraYear } from '../../shared/util/calendar-date';

/**
 * ボランティア活動保険: cover runs by 年度 (fiscal year, April to March, named by the year it
 * starts in: 2026 = 令和8年度, 1 April 2026 – 31 March 2027), from the cover start written on the
 * certificate to 31 March. A volunteer is introduced to activities only while covered.
 */

/** The plans in the order the form offers them (基本プラン first: most people have it). */
export const INSURANCE_PLANS: readonly InsurancePlan[] = [
  InsurancePlan.BasicA,
  InsurancePlan.BasicB,
  InsurancePlan.NaturalDisasterA,
  InsurancePlan.NaturalDisasterB,
];

export function isInsurancePlan(value: unknown): value is InsurancePlan {
  return INSURANCE_PLANS.includes(value as InsurancePlan);
}

/** The 年度 a date (YYYY-MM-DD) falls in: 2027-03-31 → 2026, 2027-04-01 → 2027. */
export function fiscalYearOf(iso: string): number {
  const year = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 4 ? year : year - 1;
}

export const fiscalYearStart = (fiscalYear: number): string => `${fiscalYear}-04-01`;
export const fiscalYearEnd = (fiscalYear: number): string => `${fiscalYear + 1}-03-31`;

/**
 * 「令和8年度（2026年度）」 / 「FY2026 (Reiwa 8)」: the era is the one in force for most of the year,
 * so 2019 is 令和元年度 (令和 began on 1 May 2019).
 */
export function fiscalYearLabel(fiscalYear: number, lang: Locale): string {
  const era = japaneseEraYear(`${fiscalYear}-05-01`);
  if (lang === 'ja') return era ? `${era}度（${fiscalYear}年度）` : `${fiscalYear}年度`;
  const match = /^(令和|平成)(元|\d+)年$/.exec(era);
  if (!match) return `FY${fiscalYear}`;
  const eraName = match[1] === '令和' ? 'Reiwa' : 'Heisei';
  return `FY${fiscalYear} (${eraName} ${match[2] === '元' ? 1 : match[2]})`;
}

/** The 年度 choices: this one, and the next from January (people renew before April). */
export function insuranceFiscalYearChoices(today: string, keep: number | null = null): number[] {
  const current = fiscalYearOf(today);
  const month = Number(today.slice(5, 7));
  const choices = month <= 3 ? [current, current + 1] : [current];
  // A year already saved (perhaps last year's) stays choosable, so the form shows what is saved.
  if (keep !== null && !choices.includes(keep)) choices.unshift(keep);
  return choices;
}

export type InsuranceCover =
  /** No insurance given. */
  | { kind: 'none' }
  /** Covered today, until 31 March. */
  | { kind: 'covered'; until: string }
  /** Cover starts later (or its 年度 has not begun). */
  | { kind: 'notYet'; from: string; until: string }
  /** The 年度 has ended. */
  | { kind: 'ended'; on: string };

/** Whether the insurance covers `today` (YYYY-MM-DD in Japan), and if not, why not. */
export function insuranceCover(insurance: VolunteerInsurance | null, today: string): InsuranceCover {
  if (!insurance) return { kind: 'none' };
  const until = fiscalYearEnd(insurance.fiscalYear);
  const from = insurance.coverStart > fiscalYearStart(insurance.fiscalYear) ? insurance.coverStart : fiscalYearStart(insurance.fiscalYear);
  if (today > until) return { kind: 'ended', on: until };
  if (today < from) return { kind: 'notYet', from, until };
  return { kind: 'covered', until };
}

/** True when the page must say plainly that activities cannot be introduced today. */
export function needsInsuranceWarning(cover: InsuranceCover): boolean {
  return cover.kind !== 'covered';
}

export type CoverStartProblem = 'required' | 'date' | 'outsideYear';

/** 補償開始日: a real date inside the chosen 年度 (April to March). */
export function coverStartProblem(iso: string | null, raw: string, fiscalYear: number | null): CoverStartProblem | null {
  if (raw.trim() === '') return 'required';
  if (iso === null || !isIsoDate(iso)) return 'date';
  if (fiscalYear !== null && (iso < fiscalYearStart(fiscalYear) || iso > fiscalYearEnd(fiscalYear))) return 'outsideYear';
  return null;
}
