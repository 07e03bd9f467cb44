import { expandSearchTerms, searchMask } from '@tsunagu/matching';
import type { DayPeriod, Weekday } from '@tsunagu/contracts';
import type { CenterScope } from '../centers/center-scope';

/**
 * The WHERE and the relevance of a skills-bank search, as SQL over skill_profile (alias `p`).
 *
 * Every filter is answered by an index of skill_profile (see the SkillsBank migration): the
 * free words become "has one of these categories" (GIN on category_codes) or "own words contain
 * this key" (trigram GIN on search_text); area, language and qualification are array
 * containment (GIN); day/period is one bitwise AND. PostgreSQL picks the rows, scores them and
 * returns one page; Node only words the reasons for that page.
 */
export interface SkillSearchFilter {
  q?: string;
  category?: string;
  areaId?: string;
  day?: Weekday;
  period?: DayPeriod;
  language?: string;
  qualification?: string;
  insured?: boolean;
}

/** Relevance points. Own words the coordinator typed count most: the person wrote them. */
export const SCORE = {
  ownWordsTerm: 12,
  category: 10,
  livesInArea: 2,
  insuredToday: 3,
} as const;

/** More words than this in one search are ignored (a search is not a sentence). */
const MAX_TERMS = 8;

export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export interface SkillSearchSql {
  /** Conditions joined with AND. */
  where: string;
  /** A relevance expression, an int (0 when nothing was asked for): safe in ORDER BY, where a bare 0 would name a column. */
  score: string;
  /** Whether anything was asked for; without criteria the newest registrations come first. */
  hasCriteria: boolean;
}

/** `countOnly`: for a count, the score's own parameters are not added (every parameter must be used). */
export function skillSearchSql(
  filter: SkillSearchFilter,
  options: { scope: CenterScope | null; publicOnly: boolean; today: string; countOnly?: boolean },
  params: SqlParams,
): SkillSearchSql {
  // Literal, so the partial indexes (WHERE status = 'active') apply.
  const where = [`p.status = 'active'`];
  const score: string[] = [];
  if (options.publicOnly) where.push('p.public_listing');
  if (options.scope?.kind === 'centers') where.push(`p.center_id = ANY(${params.add(options.scope.centerIds)}::uuid[])`);

  const insuredToday = () => {
    const today = params.add(options.today);
    return `(p.insurance_cover_start <= ${today}::date AND p.insurance_cover_end >= ${today}::date)`;
  };

  let hasCriteria = false;
  if (filter.q) {
    const { categories, terms } = expandSearchTerms(filter.q);
    const keys = terms.slice(0, MAX_TERMS);
    const matches: string[] = [];
    if (categories.length > 0) {
      const overlap = `p.category_codes && ${params.add(categories)}::text[]`;
      matches.push(overlap);
      score.push(`(CASE WHEN ${overlap} THEN ${SCORE.category} ELSE 0 END)`);
    }
    for (const key of keys) {
      const contains = `p.search_text LIKE ${params.add(`%${escapeLike(key)}%`)}`;
      matches.push(contains);
      score.push(`(CASE WHEN ${contains} THEN ${SCORE.ownWordsTerm} ELSE 0 END)`);
    }
    if (matches.length > 0) {
      where.push(`(${matches.join(' OR ')})`);
      hasCriteria = true;
    }
  }
  if (filter.category) {
    where.push(`p.category_codes @> ARRAY[${params.add(filter.category)}]::text[]`);
    hasCriteria = true;
  }
  if (filter.areaId) {
    const area = params.add(filter.areaId);
    where.push(`(p.home_area_id = ${area}::uuid OR p.area_ids @> ARRAY[${area}]::uuid[])`);
    score.push(`(CASE WHEN p.home_area_id = ${area}::uuid THEN ${SCORE.livesInArea} ELSE 0 END)`);
    hasCriteria = true;
  }
  const mask = searchMask(filter.day, filter.period);
  if (mask !== 0) {
    where.push(`(p.weekly_slots & ${params.add(mask)}::int) <> 0`);
    hasCriteria = true;
  }
  if (filter.language) {
    where.push(`p.languages @> ARRAY[${params.add(filter.language)}]::text[]`);
    hasCriteria = true;
  }
  if (filter.qualification) {
    where.push(`p.qualifications @> ARRAY[${params.add(filter.qualification)}]::text[]`);
    hasCriteria = true;
  }
  if (filter.insured) {
    where.push(insuredToday());
    hasCriteria = true;
  } else if (hasCriteria && !options.publicOnly && !options.countOnly) {
    // Insurance is needed to be matched: among equals, the insured come first.
    score.push(`(CASE WHEN ${insuredToday()} THEN ${SCORE.insuredToday} ELSE 0 END)`);
  }
  return { where: where.join(' AND '), score: hasCriteria && score.length > 0 ? `(${score.join(' + ')})::int` : '0::int', hasCriteria };
}

/** LIKE's own characters (% _ \) in a search key match only themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
