import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  ContactMethod,
  InsurancePlan,
  type Page,
  type PublicSkillListing,
  type SkillEntry,
  type SkillLevel,
  type Transport,
  type VolunteerSearchPage,
} from '@tsunagu/contracts';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { CenterScope } from '../centers/center-scope';
import { CentersService } from '../centers/centers.service';
import type { AuthenticatedViewer } from '../core/auth/viewer';
import type { PublicSkillListingQueryDto, VolunteerSearchFilterDto, VolunteerSearchQueryDto } from './dto/skill-search-query.dto';
import { todayInJapan } from './insurance-cover';
import { searchReasons } from './skill-reasons';
import { type SkillSearchFilter, skillSearchSql, SqlParams } from './skill-search-sql';
import { type SkillCsvRecord, skillCsvText, toSkillCsvRow } from './skills-csv-columns';
import { maskToSlots } from '@tsunagu/matching';

interface RankedRow {
  id: string;
  score: number;
}

interface SkillsJson {
  categoryCode: string;
  ownWords: string;
  level: SkillLevel;
}

/** The skills of profile p as JSON, in the person's order. */
const SKILLS_JSON = `COALESCE((
  SELECT json_agg(json_build_object('categoryCode', s.category_code, 'ownWords', s.own_words, 'level', s.level) ORDER BY s.sort_order)
  FROM skill s WHERE s.profile_id = p.id), '[]'::json)`;

/** A search's query string for the audit log's 詳細: what was asked, not who was found. */
export function describeSearch(route: string, filter: SkillSearchFilter & { page?: number }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(filter)) {
    if (value !== undefined && value !== '' && !(name === 'page' && value === 1) && name !== 'pageSize') params.set(name, String(value));
  }
  const query = decodeURIComponent(params.toString());
  return query ? `${route}?${query}` : route;
}

/**
 * 特技バンクの検索: coordinators search the active volunteers of their centers; anyone browses the
 * public listing (nickname, area and skills only). The SQL (skill-search-sql.ts) filters and
 * ranks in PostgreSQL; one page of ids comes back, then their details.
 */
@Injectable()
export class SkillSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly audit: AuditService,
  ) {}

  async search(viewer: AuthenticatedViewer, query: VolunteerSearchQueryDto): Promise<VolunteerSearchPage> {
    const scope = await this.centers.scopeOf(viewer);
    const filter = filterOf(query);
    const empty = { items: [], total: 0, page: query.page, pageSize: query.pageSize };
    const today = todayInJapan();
    // The audit entry is written beside the search (the search waits for it before answering).
    const [, { rows, total }] = await Promise.all([
      this.audit.record({
        actorAccountId: viewer.accountId,
        subjectPersonId: null,
        action: AuditAction.List,
        detail: describeSearch('skills/search', { ...filter, page: query.page }),
      }),
      scope.kind === 'centers' && scope.centerIds.length === 0
        ? { rows: [], total: 0 }
        : this.rank(filter, { scope, publicOnly: false, today }, query.page, query.pageSize),
    ]);
    if (rows.length === 0) return { ...empty, total };

    const params = new SqlParams();
    const details = await this.dataSource.query<
      {
        id: string;
        person_id: string;
        name: string;
        name_kana: string | null;
        center_name_ja: string;
        center_name_en: string;
        home_area_id: string | null;
        home_area_name_ja: string | null;
        home_area_name_en: string | null;
        qualifications: string[];
        languages: string[];
        weekly_slots: number;
        insured_until: string | null;
        skills: SkillsJson[];
      }[]
    >(
      `SELECT p.id, p.person_id, person.name, person.name_kana, c.name_ja AS center_name_ja, c.name_en AS center_name_en,
              p.home_area_id, a.name_ja AS home_area_name_ja, a.name_en AS home_area_name_en,
              p.qualifications, p.languages, p.weekly_slots,
              CASE WHEN p.insurance_cover_start <= ${params.add(today)}::date AND p.insurance_cover_end >= ${params.add(today)}::date
                   THEN to_char(p.insurance_cover_end, 'YYYY-MM-DD') END AS insured_until,
              ${SKILLS_JSON} AS skills
         FROM skill_profile p
         JOIN person ON person.id = p.person_id
         JOIN volunteer_center c ON c.id = p.center_id
         LEFT JOIN area a ON a.id = p.home_area_id
        WHERE p.id = ANY(${params.add(rows.map((row) => row.id))}::uuid[])`,
      params.values,
    );
    const byId = new Map(details.map((detail) => [detail.id, detail]));
    const area = filter.areaId ? await this.centers.findArea(filter.areaId) : null;
    const criteria = { ...filter, area: area ? { id: area.id, nameJa: area.nameJa, nameEn: area.nameEn } : null };

    return {
      items: rows.flatMap(({ id, score }) => {
        const detail = byId.get(id);
        if (!detail) return [];
        const skills: SkillEntry[] = detail.skills;
        return [
          {
            personId: detail.person_id,
            name: detail.name,
            nameKana: detail.name_kana,
            centerNameJa: detail.center_name_ja,
            centerNameEn: detail.center_name_en,
            homeAreaNameJa: detail.home_area_name_ja,
            homeAreaNameEn: detail.home_area_name_en,
            skills,
            qualifications: detail.qualifications,
            languages: detail.languages,
            insuredToday: detail.insured_until !== null,
            score,
            reasons: searchReasons(criteria, {
              skills,
              homeAreaId: detail.home_area_id,
              weeklySlots: detail.weekly_slots,
              insuredUntil: detail.insured_until,
            }),
          },
        ];
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /** The public listing: only people who chose to be listed, and only their nickname, area and skills. */
  async listing(query: PublicSkillListingQueryDto): Promise<Page<PublicSkillListing>> {
    const filter: SkillSearchFilter = { q: query.q, category: query.category, areaId: query.areaId };
    const { rows, total } = await this.rank(filter, { scope: null, publicOnly: true, today: todayInJapan() }, query.page, query.pageSize);
    if (rows.length === 0) return { items: [], total, page: query.page, pageSize: query.pageSize };
    const params = new SqlParams();
    const details = await this.dataSource.query<
      {
        id: string;
        nickname: string;
        area_name_ja: string | null;
        area_name_en: string | null;
        skills: SkillsJson[];
        in_person: boolean;
        online: boolean;
      }[]
    >(
      `SELECT p.id, p.nickname, a.name_ja AS area_name_ja, a.name_en AS area_name_en, p.in_person, p.online, ${SKILLS_JSON} AS skills
         FROM skill_profile p
         LEFT JOIN area a ON a.id = p.home_area_id
        WHERE p.id = ANY(${params.add(rows.map((row) => row.id))}::uuid[])`,
      params.values,
    );
    const byId = new Map(details.map((detail) => [detail.id, detail]));
    return {
      items: rows.flatMap(({ id }) => {
        const detail = byId.get(id);
        if (!detail) return [];
        return [
          {
            listingId: detail.id,
            nickname: detail.nickname,
            areaNameJa: detail.area_name_ja,
            areaNameEn: detail.area_name_en,
            skills: detail.skills.map(({ categoryCode, ownWords }) => ({ categoryCode, ownWords })),
            inPerson: detail.in_person,
            online: detail.online,
          },
        ];
      }),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * Every volunteer the same search finds, as a CSV Excel opens in Japanese (see
   * skills-csv-columns.ts). It holds contact details, so it is audited as an export.
   */
  async exportCsv(viewer: AuthenticatedViewer, query: VolunteerSearchFilterDto): Promise<{ csv: string; count: number }> {
    const scope = await this.centers.scopeOf(viewer);
    const filter = filterOf(query);
    const records = scope.kind === 'centers' && scope.centerIds.length === 0 ? [] : await this.exportRecords(filter, scope);
    await this.audit.record({
      actorAccountId: viewer.accountId,
      subjectPersonId: null,
      action: AuditAction.Export,
      detail: `${describeSearch('skills/export', filter)} (${records.length})`,
    });
    return { csv: skillCsvText(records.map(toSkillCsvRow)), count: records.length };
  }

  private async exportRecords(filter: SkillSearchFilter, scope: CenterScope): Promise<SkillCsvRecord[]> {
    const params = new SqlParams();
    const sql = skillSearchSql(filter, { scope, publicOnly: false, today: todayInJapan() }, params);
    const rows = await this.dataSource.query<
      {
        name: string;
        name_kana: string | null;
        birth_date: string | null;
        phone: string | null;
        email: string | null;
        postal_address: string | null;
        contact_method: ContactMethod;
        home_area_name_ja: string | null;
        area_names_ja: string[];
        center_name_ja: string;
        registered_on: string | null;
        skills: SkillsJson[];
        qualifications: string[];
        languages: string[];
        weekly_slots: number;
        dates_off: string[];
        in_person: boolean;
        online: boolean;
        transport: Transport[];
        insurance_plan: InsurancePlan | null;
        insurance_fiscal_year: number | null;
        insurance_cover_start: string | null;
        public_listing: boolean;
        nickname: string | null;
      }[]
    >(
      `SELECT person.name, person.name_kana, to_char(person.birth_date, 'YYYY-MM-DD') AS birth_date, person.phone,
              COALESCE(account.email, person.email) AS email, person.postal_address, person.contact_method,
              home.name_ja AS home_area_name_ja,
              ARRAY(SELECT a.name_ja FROM area a WHERE a.id = ANY(p.area_ids) ORDER BY a.sort_order, a.name_ja) AS area_names_ja,
              c.name_ja AS center_name_ja,
              to_char(p.registered_at AT TIME ZONE 'Asia/Tokyo', 'YYYY-MM-DD') AS registered_on,
              ${SKILLS_JSON} AS skills,
              p.qualifications, p.languages, p.weekly_slots,
              ARRAY(SELECT to_char(d, 'YYYY-MM-DD') FROM unnest(p.dates_off) AS d ORDER BY d) AS dates_off,
              p.in_person, p.online, p.transport,
              p.insurance_plan, p.insurance_fiscal_year, to_char(p.insurance_cover_start, 'YYYY-MM-DD') AS insurance_cover_start,
              p.public_listing, p.nickname
         FROM skill_profile p
         JOIN person ON person.id = p.person_id
         LEFT JOIN account ON account.id = person.account_id
         JOIN volunteer_center c ON c.id = p.center_id
         LEFT JOIN area home ON home.id = p.home_area_id
        WHERE ${sql.where}
        ORDER BY ${sql.hasCriteria ? `${sql.score} DESC, ` : ''}p.registered_at DESC, p.id`,
      params.values,
    );
    return rows.map((row) => ({
      person: {
        name: row.name,
        nameKana: row.name_kana,
        birthDate: row.birth_date,
        phone: row.phone,
        email: row.email,
        postalAddress: row.postal_address,
        contactMethod: row.contact_method,
      },
      profile: {
        skills: row.skills,
        qualifications: row.qualifications,
        languages: row.languages,
        weeklySlots: maskToSlots(row.weekly_slots),
        datesOff: row.dates_off,
        inPerson: row.in_person,
        online: row.online,
        transport: row.transport,
        insurance:
          row.insurance_plan && row.insurance_fiscal_year !== null && row.insurance_cover_start
            ? { plan: row.insurance_plan, fiscalYear: row.insurance_fiscal_year, coverStart: row.insurance_cover_start }
            : null,
        publicListing: row.public_listing,
        nickname: row.nickname,
      },
      homeAreaNameJa: row.home_area_name_ja,
      areaNamesJa: row.area_names_ja,
      centerNameJa: row.center_name_ja,
      registeredAt: row.registered_on,
    }));
  }

  /**
   * One page of matching profile ids, best first, and the number of all matches: two queries
   * side by side, so the page is a bounded top-N sort (or an index walk when nothing was asked)
   * instead of sorting every match to count them.
   */
  private async rank(
    filter: SkillSearchFilter,
    options: { scope: CenterScope | null; publicOnly: boolean; today: string },
    page: number,
    pageSize: number,
  ): Promise<{ rows: { id: string; score: number }[]; total: number }> {
    const pageParams = new SqlParams();
    const sql = skillSearchSql(filter, options, pageParams);
    const order = sql.hasCriteria ? 'score DESC, p.registered_at DESC, p.id' : 'p.registered_at DESC, p.id';
    const countParams = new SqlParams();
    const countSql = skillSearchSql(filter, { ...options, countOnly: true }, countParams);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query<RankedRow[]>(
        `SELECT p.id, ${sql.score} AS score FROM skill_profile p WHERE ${sql.where}
          ORDER BY ${order} LIMIT ${pageParams.add(pageSize)} OFFSET ${pageParams.add((page - 1) * pageSize)}`,
        pageParams.values,
      ),
      this.dataSource.query<{ total: string }[]>(
        `SELECT count(*) AS total FROM skill_profile p WHERE ${countSql.where}`,
        countParams.values,
      ),
    ]);
    return { rows, total: Number(total) };
  }
}

function filterOf(query: VolunteerSearchFilterDto): SkillSearchFilter {
  const { q, category, areaId, day, period, language, qualification, insured } = query;
  return { q, category, areaId, day, period, language, qualification, insured: insured || undefined };
}
