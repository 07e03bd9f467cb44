import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RegisteredFigures, RegisteredFiguresRow } from '@tsunagu/contracts';
import { SKILL_CATEGORIES } from '@tsunagu/matching';
import { DataSource, In } from 'typeorm';
import { Area } from '../centers/area.entity';
import type { CenterScope } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import { InvalidInputException } from '../core/http/invalid-input.exception';
import type { RegisteredFiguresQueryDto } from './dto/skill-search-query.dto';
import { SqlParams } from './skill-search-sql';

/** Five years of months at most in one answer. */
export const FIGURES_MAX_MONTHS = 60;

const NO_AREA = { labelJa: '地区の登録なし', labelEn: 'No area given' };

/**
 * 登録者数 (GLOSSARY): distinct people with an active skills-bank registration at the end of each
 * month (Japan time), per center, home area or category; a person with three skills counts once
 * per center and once in each category they hold. For the month in progress, "now" stands in
 * for its end. Center, area and categories are the profile's current ones.
 */
@Injectable()
export class SkillFiguresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
  ) {}

  async registered(viewer: AuthenticatedViewer, query: RegisteredFiguresQueryDto): Promise<RegisteredFigures> {
    const months = monthsBetween(query.from, query.to);
    if (months.length === 0) throw InvalidInputException.forField('to', 'monthOrder');
    if (months.length > FIGURES_MAX_MONTHS) throw InvalidInputException.forField('to', 'monthSpan', { max: FIGURES_MAX_MONTHS });
    const scope = await this.centers.scopeOf(viewer);
    if (scope.kind === 'centers' && scope.centerIds.length === 0) {
      return { months, rows: [], totals: months.map(() => 0) };
    }

    const [byKey, overall] = await Promise.all([
      this.monthlyChanges(query, scope, months.length, true),
      this.monthlyChanges(query, scope, months.length, false),
    ]);
    const counts = new Map<string | null, number[]>();
    for (const [key, changes] of byKey) counts.set(key, cumulative(changes, months.length));
    const totals = cumulative(overall.get(null) ?? new Map(), months.length);
    const series = (id: string | null) => counts.get(id) ?? months.map(() => 0);
    return { months, rows: await this.labelled(query.groupBy, scope, counts, series), totals };
  }

  /**
   * How the count changes from month to month, per key: +1 in the month a registration starts
   * (the first month when it starts before the range), -1 in the month it ends. The count at a
   * month's end is the running sum, so each period is read once instead of once per month.
   * Months are Japan's; for the month in progress, "now" stands in for its end.
   */
  private async monthlyChanges(
    query: RegisteredFiguresQueryDto,
    scope: CenterScope,
    monthCount: number,
    grouped: boolean,
  ): Promise<Map<string | null, Map<number, number>>> {
    const params = new SqlParams();
    const scoped = scope.kind === 'centers' ? `AND p.center_id = ANY(${params.add(scope.centerIds)}::uuid[])` : '';
    const key = grouped
      ? { center: 'p.center_id::text', area: 'p.home_area_id::text', category: 'category.code' }[query.groupBy]
      : 'NULL::text';
    const categoryJoin = grouped && query.groupBy === 'category' ? 'CROSS JOIN LATERAL unnest(p.category_codes) AS category(code)' : '';
    const [fromYear, fromMonth] = query.from.split('-').map(Number);
    const first = params.add(fromYear * 12 + fromMonth);
    const monthIndex = (column: string) =>
      `GREATEST(1, (extract(year FROM ${column} AT TIME ZONE 'Asia/Tokyo') * 12 + extract(month FROM ${column} AT TIME ZONE 'Asia/Tokyo'))::int - ${first}::int + 1)`;
    const last = params.add(monthCount);
    const rows = await this.dataSource.query<{ key: string | null; ord: number; change: string }[]>(
      `WITH spans AS (
         SELECT ${key} AS key, ${monthIndex('r.started_at')} AS started, CASE WHEN r.ended_at IS NOT NULL THEN ${monthIndex('r.ended_at')} END AS ended
           FROM skill_registration_period r
           JOIN skill_profile p ON p.id = r.profile_id
           ${categoryJoin}
          WHERE true ${scoped}
       ),
       changes AS (
         SELECT key, started AS ord, 1 AS change FROM spans WHERE started <= ${last}::int
         UNION ALL
         SELECT key, ended, -1 FROM spans WHERE ended <= ${last}::int
       )
       SELECT key, ord, sum(change) AS change FROM changes GROUP BY key, ord`,
      params.values,
    );
    const result = new Map<string | null, Map<number, number>>();
    for (const row of rows) {
      const changes = result.get(row.key) ?? new Map<number, number>();
      changes.set(Number(row.ord), Number(row.change));
      result.set(row.key, changes);
    }
    return result;
  }

  /** Centers and areas of the viewer's scope are listed even with no one; categories only when counted. */
  private async labelled(
    groupBy: RegisteredFiguresQueryDto['groupBy'],
    scope: CenterScope,
    counts: Map<string | null, number[]>,
    series: (id: string | null) => number[],
  ): Promise<RegisteredFiguresRow[]> {
    const counted = [...counts.keys()].filter((id): id is string => id !== null);
    if (groupBy === 'category') {
      return SKILL_CATEGORIES.filter((category) => series(category.code).some((count) => count > 0)).map((category) => ({
        key: category.code,
        labelJa: category.ja,
        labelEn: category.en,
        counts: series(category.code),
      }));
    }
    const inScope = scope.kind === 'all' ? undefined : scope.centerIds;
    if (groupBy === 'center') {
      const centers = await this.dataSource.getRepository(VolunteerCenter).find({
        where: inScope ? { id: In([...new Set([...inScope, ...counted])]) } : {},
        order: { code: 'ASC' },
      });
      return centers.map((center) => ({ key: center.id, labelJa: center.nameJa, labelEn: center.nameEn, counts: series(center.id) }));
    }
    const areas = await this.dataSource
      .getRepository(Area)
      .createQueryBuilder('area')
      .innerJoin('area.center', 'center')
      .where(inScope ? '(area.center_id IN (:...centers) OR area.id IN (:...counted))' : 'true', {
        centers: inScope?.length ? inScope : [null],
        counted: counted.length ? counted : [null],
      })
      .orderBy('center.code', 'ASC')
      .addOrderBy('area.sort_order', 'ASC')
      .getMany();
    const rows: RegisteredFiguresRow[] = areas.map((area) => ({
      key: area.id,
      labelJa: area.nameJa,
      labelEn: area.nameEn,
      counts: series(area.id),
    }));
    if (series(null).some((count) => count > 0)) rows.push({ key: null, ...NO_AREA, counts: series(null) });
    return rows;
  }
}

/** Running sums of month-by-month changes (month 1 first): the count at each month's end. */
function cumulative(changes: Map<number, number>, monthCount: number): number[] {
  let count = 0;
  return Array.from({ length: monthCount }, (_, index) => (count += changes.get(index + 1) ?? 0));
}

/** YYYY-MM … YYYY-MM inclusive; empty when `to` is before `from`. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number);
  const [endYear, endMonth] = to.split('-').map(Number);
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    if (months.length > FIGURES_MAX_MONTHS) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}
