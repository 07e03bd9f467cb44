import type { Locale, RegisteredFiguresQuery } from '@tsunagu/contracts';
import { japaneseEraYear } from '../../shared/util/calendar-date';

/**
 * 年度 (fiscal year): April to March, named by the year it starts in. 2026 = 令和8年度（2026年度）,
 * 1 April 2026 – 31 March 2027. The figures pages count by month inside one fiscal year.
 */

/** How far back the 年度 choice goes (this year and the five before). */
export const FISCAL_YEARS_SHOWN = 6;

export type FiguresGroupBy = RegisteredFiguresQuery['groupBy'];
export const FIGURES_GROUPS: readonly FiguresGroupBy[] = ['center', 'area', 'category'];

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The fiscal year a date (YYYY-MM-DD, or YYYY-MM) falls in: 2027-03-31 → 2026, 2027-04-01 → 2027. */
export function fiscalYearOf(date: string): number {
  const match = ISO_DATE.exec(date) ?? YEAR_MONTH.exec(date);
  if (!match) throw new Error(`Not a date: ${date}`);
  const year = Number(match[1]);
  return Number(match[2]) >= 4 ? year : year - 1;
}

/**
 * 「令和8年度（2026年度）」 / 「FY2026 (Reiwa 8)」. The era is the one in force for most of the year,
 * so 2019 is 令和元年度 (令和 began on 1 May 2019) and 1989 is 平成元年度.
 */
export function fiscalYearLabel(fiscalYear: number, lang: Locale): string {
  const era = japaneseEraYear(`${fiscalYear}-05-01`);
  if (lang === 'ja') return era ? `${era}度（${fiscalYear}年度）` : `${fiscalYear}年度`;
  const match = /^(令和|平成|昭和)(元|\d+)年$/.exec(era);
  if (!match) return `FY${fiscalYear}`;
  const eraName = { 令和: 'Reiwa', 平成: 'Heisei', 昭和: 'Showa' }[match[1] as '令和' | '平成' | '昭和'];
  return `FY${fiscalYear} (${eraName} ${match[2] === '元' ? 1 : match[2]})`;
}

/** The months of a fiscal year as YYYY-MM, April first: 2026-04 … 2027-03. */
export function fiscalYearMonths(fiscalYear: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const month = ((index + 3) % 12) + 1;
    const year = index < 9 ? fiscalYear : fiscalYear + 1;
    return `${year}-${String(month).padStart(2, '0')}`;
  });
}

/**
 * The months to count for a fiscal year, seen on `today` (YYYY-MM-DD in Japan): the whole year
 * once it is over, April to this month while it runs (a month not yet begun has no figure).
 * Null for a fiscal year that has not started.
 */
export function figuresPeriod(fiscalYear: number, today: string): { from: string; to: string } | null {
  const months = fiscalYearMonths(fiscalYear);
  const thisMonth = today.slice(0, 7);
  const counted = months.filter((month) => month <= thisMonth);
  if (counted.length === 0) return null;
  return { from: counted[0], to: counted[counted.length - 1] };
}

/** The fiscal years the page offers, newest first: the current one and the five before. */
export function fiscalYearChoices(today: string, count = FISCAL_YEARS_SHOWN): number[] {
  const current = fiscalYearOf(today);
  return Array.from({ length: count }, (_, index) => current - index);
}

/** 「2026年4月」 / 「Apr 2026」 for a YYYY-MM month; anything else as it is. */
export function monthLabel(month: string, lang: Locale): string {
  const match = YEAR_MONTH.exec(month);
  if (!match) return month;
  const [year, number] = [Number(match[1]), Number(match[2])];
  if (lang === 'ja') return `${year}年${number}月`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, number - 1, 1)),
  );
}

/**
 * A month as a column heading inside one fiscal year, whose caption gives the years: 「4月」 /
 * 「Apr」, with the year where it changes (the first column and January): 「2027年1月」 / 「Jan 2027」.
 */
export function monthColumnLabel(month: string, lang: Locale, first = false): string {
  const match = YEAR_MONTH.exec(month);
  if (!match) return month;
  if (first || match[2] === '01') return monthLabel(month, lang);
  const number = Number(match[2]);
  if (lang === 'ja') return `${number}月`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, number - 1, 1)));
}

/** 「2026年4月〜2026年11月」 / 「Apr 2026 – Nov 2026」: the months a table covers. */
export function periodLabel(months: readonly string[], lang: Locale): string {
  if (months.length === 0) return '';
  const first = monthLabel(months[0], lang);
  const last = monthLabel(months[months.length - 1], lang);
  if (months.length === 1) return first;
  return lang === 'ja' ? `${first}〜${last}` : `${first} – ${last}`;
}

/** The figures page's address: ?fy=2026&by=area. */
export interface FiguresQuery {
  fiscalYear: number;
  groupBy: FiguresGroupBy;
}

interface ParamReader {
  get(name: string): string | null;
}

/** The 年度 and grouping from the address; anything unknown falls back to this year, by center. */
export function figuresQueryOf(params: ParamReader, today: string): FiguresQuery {
  const choices = fiscalYearChoices(today);
  const fy = params.get('fy') ?? '';
  const by = params.get('by') ?? '';
  return {
    fiscalYear: /^\d{4}$/.test(fy) && choices.includes(Number(fy)) ? Number(fy) : choices[0],
    groupBy: FIGURES_GROUPS.includes(by as FiguresGroupBy) ? (by as FiguresGroupBy) : 'center',
  };
}

/** The address for a query: the defaults (this year, by center) are left out. */
export function figuresRouteParams(query: FiguresQuery, today: string): Record<string, string | null> {
  return {
    fy: query.fiscalYear === fiscalYearOf(today) ? null : String(query.fiscalYear),
    by: query.groupBy === 'center' ? null : query.groupBy,
  };
}

/** GET /api/skills/figures for a query, or null when the fiscal year has not started. */
export function figuresApiQuery(query: FiguresQuery, today: string): RegisteredFiguresQuery | null {
  const period = figuresPeriod(query.fiscalYear, today);
  return period ? { ...period, groupBy: query.groupBy } : null;
}

/** Bar lengths in per cent of the largest count (0 for none), for the chart beside the table. */
export function barWidths(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts);
  return counts.map((count) => (max > 0 ? Math.round((Math.max(0, count) / max) * 1000) / 10 : 0));
}
