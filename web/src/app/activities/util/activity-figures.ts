import type { ActivityFiguresRow, Locale } from '@tsunagu/contracts';
import { figuresPeriod, fiscalYearChoices, fiscalYearMonths, monthColumnLabel } from '../../skill-figures/util/fiscal-year';

/**
 * 活動の実績 (the plan's figures) per center and month of one 年度 (April to March):
 * 活動につながった数, 支援実施回数, 依頼の受付数, マッチング数. One table per center, a row per month.
 */

/** The four figures, in the order of the table's columns. */
export const ACTIVITY_FIGURES = ['connected', 'activities', 'requestsReceived', 'requestsMatched'] as const;
export type ActivityFigure = (typeof ACTIVITY_FIGURES)[number];

/**
 * The figures that may be added up over the months. 活動につながった数 counts people, and the same
 * person active in May and June would be counted twice, so it has no year total.
 */
export const SUMMABLE_FIGURES: readonly ActivityFigure[] = ['activities', 'requestsReceived', 'requestsMatched'];

export interface FiguresMonthRow {
  month: string;
  /** 「2026年4月」, 「5月」 … 「2027年1月」 / 「Apr 2026」, 「May」 …: the year where it changes (the caption gives both). */
  label: string;
  values: Record<ActivityFigure, number>;
}

export interface CenterFiguresTable {
  centerId: string;
  centerName: string;
  rows: FiguresMonthRow[];
  /** Year totals; null for 活動につながった数 (see SUMMABLE_FIGURES). */
  totals: Record<ActivityFigure, number | null>;
}

const zero = (): Record<ActivityFigure, number> => ({ connected: 0, activities: 0, requestsReceived: 0, requestsMatched: 0 });

/**
 * The API's rows as one table per center (in the API's order), every month of `months` present:
 * a month without a row is a month with nothing (0), not a missing line in the table.
 */
export function centerFiguresTables(rows: readonly ActivityFiguresRow[], months: readonly string[], lang: Locale): CenterFiguresTable[] {
  const centers = new Map<string, { name: string; byMonth: Map<string, Record<ActivityFigure, number>> }>();
  for (const row of rows) {
    let center = centers.get(row.centerId);
    if (!center) {
      center = { name: lang === 'en' ? row.centerNameEn || row.centerNameJa : row.centerNameJa, byMonth: new Map() };
      centers.set(row.centerId, center);
    }
    const values = center.byMonth.get(row.month) ?? zero();
    for (const figure of ACTIVITY_FIGURES) values[figure] += row[figure] ?? 0;
    center.byMonth.set(row.month, values);
  }
  return [...centers.entries()].map(([centerId, center]) => {
    const monthRows = months.map((month, index) => ({
      month,
      label: monthColumnLabel(month, lang, index === 0),
      values: center.byMonth.get(month) ?? zero(),
    }));
    const totals = { connected: null, activities: 0, requestsReceived: 0, requestsMatched: 0 } as Record<ActivityFigure, number | null>;
    for (const figure of SUMMABLE_FIGURES) totals[figure] = monthRows.reduce((sum, row) => sum + row.values[figure], 0);
    return { centerId, centerName: center.name, rows: monthRows, totals };
  });
}

/** The months of a 年度 counted so far (seen on `today`), April first; none for a year not begun. */
export function countedMonths(fiscalYear: number, today: string): string[] {
  const period = figuresPeriod(fiscalYear, today);
  if (!period) return [];
  return fiscalYearMonths(fiscalYear).filter((month) => month >= period.from && month <= period.to);
}

interface ParamReader {
  get(name: string): string | null;
}

/** ?fy=2025 → 2025 when it is one of the years offered; anything else is this 年度. */
export function fiscalYearParam(params: ParamReader, today: string): number {
  const choices = fiscalYearChoices(today);
  const fy = params.get('fy') ?? '';
  return /^\d{4}$/.test(fy) && choices.includes(Number(fy)) ? Number(fy) : choices[0];
}
