import { SqlParams } from '../skills/skill-search-sql';
import { centerTreeSql } from './center-tree';
import { volunteerHasEmailSql } from './volunteers';

/**
 * The SQL pre-filter of the candidates for a request: which active skill profiles the matching
 * engine ranks. PostgreSQL picks them by index; the engine (`rankCandidates`) scores and orders.
 *
 * A candidate must be:
 * - active, in the request's center tree (the center; for the ward, its districts too);
 * - able to do what is asked: one of the request's categories (given, or named by its text), or
 *   one of the request's words (the engine's needles) in their own words;
 * - holding every required qualification and language (array containment; 日本語 is assumed);
 * - for an in-person request, living in or going to the pool's areas (first the request's area,
 *   then, when that gives too few, every area of its district: see CandidatesService);
 * - for an online request, registered for online activities.
 *
 * Query plans, measured on 100,000 and 1,000,000 seeded volunteers (bench/matching): for a common
 * category (庭仕事, ~17% of volunteers) "area AND category" written plainly makes PostgreSQL AND a
 * bitmap of the category GIN index with the area indexes, or read the whole area and filter; both
 * cost several times the rows returned. Own words through the trigram index fail the same way for
 * words under three characters (掃除), which pg_trgm cannot look up. So the area and what is asked
 * are asked of ONE index: a GIN index over `area_keys`, a generated column of `area:key` keys
 * (home area and listed areas × categories and own-words terms; CandidateOwnWordsTerms migration),
 * which returns exactly the profiles in the area with the category or the words.
 */
export interface CandidatePoolQuery {
  /** The request's center: the pool comes from it and, when it is the ward center, from every center under it. */
  centerId: string;
  /** In person: where this pool lives, the request's area or every area of a district (center). Null for online. */
  place: PoolPlace | null;
  online: boolean;
  /** The request's categories and those its text names; empty when it names none (then any skill will do). */
  categoryCodes: readonly string[];
  /** The request's words (requestLookups in libs/matching), looked up in the profiles' own-words terms. */
  words: readonly string[];
  requiredQualifications: readonly string[];
  /** Without 日本語, which everyone is taken to speak. */
  requiredLanguages: readonly string[];
}

/** One pre-filtered profile: everything the engine needs except the skills and the activity counts. */
export interface CandidatePoolRow {
  profile_id: string;
  person_id: string;
  home_area_id: string | null;
  area_ids: string[];
  weekly_slots: number;
  dates_off: string[];
  in_person: boolean;
  online: boolean;
  languages: string[];
  qualifications: string[];
  insurance_fiscal_year: number | null;
  insurance_cover_start: string | null;
  /** Derived from the skills: their categories, the strongest level in each, and their own words as search keys. */
  category_codes: string[];
  category_levels: string[];
  search_text: string;
  home_lat: number | null;
  home_lng: number | null;
}

/** A profile's skills and activity counts (fairness, reliability), and what the coordinator sees of the person. */
export interface CandidateDetailsRow {
  profile_id: string;
  name: string;
  name_kana: string | null;
  home_area_name_ja: string | null;
  home_area_name_en: string | null;
  /** Whether 打診 can be mailed to them (volunteerHasEmailSql: the rule OffersService refuses by). */
  has_email: boolean;
  /** The latest offer of this request to them, if any. */
  offer_status: string | null;
  offer_expires_at: Date | null;
  skill_codes: string[] | null;
  skill_words: string[] | null;
  skill_levels: string[] | null;
  recent: number;
  completed: number;
  no_shows: number;
}

export type PoolPlace = { areaId: string } | { districtCenterId: string };

/**
 * One round trip: the center tree and a district's areas are subqueries, run once before the
 * scan. A district's keys (areas × keys, ~80) given as constants made PostgreSQL prefer the center
 * index and check every profile of the center instead: 110 ms instead of 6 ms for 草取り in a
 * district of 25,000 profiles (bench/matching prints the plans).
 */
export function candidatePoolSql(query: CandidatePoolQuery): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const where = [`p.status = 'active'`, `p.center_id = ANY(ARRAY(${centerTreeSql(`${params.add(query.centerId)}::uuid`)}))`];
  if (query.requiredQualifications.length > 0) where.push(`p.qualifications @> ${params.add(query.requiredQualifications)}::text[]`);
  if (query.requiredLanguages.length > 0) where.push(`p.languages @> ${params.add(query.requiredLanguages)}::text[]`);
  const asked = [...query.categoryCodes, ...query.words];
  const place = query.online ? null : query.place;

  if (!place) {
    // Online (or no place given): no area to start from; the categories or the words pick, each by its GIN index.
    if (query.online) where.push('p.online');
    const picks: string[] = [];
    if (query.categoryCodes.length > 0) picks.push(`p.category_codes && ${params.add(query.categoryCodes)}::text[]`);
    if (query.words.length > 0) picks.push(`p.own_words_terms && ${params.add(query.words)}::text[]`);
    if (picks.length > 0) where.push(`(${picks.join(' OR ')})`);
  } else if (asked.length === 0) {
    // Nothing to compare skills with: everyone in the area, by the area indexes.
    const areas = 'areaId' in place ? `${params.add([place.areaId])}::uuid[]` : districtAreasSql(params, place.districtCenterId);
    where.push(`(p.home_area_id = ANY(${areas}) OR p.area_ids && ${areas})`);
  } else if ('areaId' in place) {
    where.push(`p.area_keys && ${params.add(asked.map((key) => `${place.areaId}:${key}`))}::text[]`);
  } else {
    const keys = `SELECT area.id::text || ':' || key FROM unnest(${districtAreasSql(params, place.districtCenterId)}) area(id) CROSS JOIN unnest(${params.add(asked)}::text[]) key`;
    where.push(`p.area_keys && ARRAY(${keys})`);
  }
  return poolSql(params, where);
}

function districtAreasSql(params: SqlParams, centerId: string): string {
  return `ARRAY(SELECT a.id FROM area a WHERE a.center_id = ${params.add(centerId)}::uuid)`;
}

/** The active skill profile of one person, as a pool of one: for 「あなたへのおすすめの依頼」. */
export function volunteerPoolSql(personId: string): { text: string; values: unknown[] } {
  const params = new SqlParams();
  return poolSql(params, [`p.status = 'active'`, `p.person_id = ${params.add(personId)}`]);
}

/**
 * The pool's arrays come as space-separated text (uuids, codes and dates hold no spaces): parsing
 * thousands of PostgreSQL array literals was a third of the endpoint's time.
 */
export type RawPoolRow = Omit<
  CandidatePoolRow,
  'area_ids' | 'dates_off' | 'languages' | 'qualifications' | 'category_codes' | 'category_levels'
> & {
  area_ids: string;
  dates_off: string;
  languages: string;
  qualifications: string;
  category_codes: string;
  category_levels: string;
};

const words = (text: string) => (text ? text.split(' ') : []);

export function poolRowOf(raw: RawPoolRow): CandidatePoolRow {
  return {
    ...raw,
    area_ids: words(raw.area_ids),
    dates_off: words(raw.dates_off),
    languages: words(raw.languages),
    qualifications: words(raw.qualifications),
    category_codes: words(raw.category_codes),
    category_levels: words(raw.category_levels),
  };
}

/**
 * The pool's columns. A plain join: written as a MATERIALIZED CTE joined to the areas, the ~2,000
 * wide rows of a common request were copied once more and the round trip took 4 ms longer
 * (bench/matching); the area_keys index is chosen either way.
 */
function poolSql(params: SqlParams, where: readonly string[]): { text: string; values: unknown[] } {
  const text = `
    SELECT p.id AS profile_id, p.person_id, p.home_area_id, array_to_string(p.area_ids, ' ') AS area_ids,
           p.weekly_slots, array_to_string(p.dates_off, ' ') AS dates_off, p.in_person, p.online,
           array_to_string(p.languages, ' ') AS languages, array_to_string(p.qualifications, ' ') AS qualifications,
           p.insurance_fiscal_year, p.insurance_cover_start::text AS insurance_cover_start,
           array_to_string(p.category_codes, ' ') AS category_codes, array_to_string(p.category_levels, ' ') AS category_levels,
           p.search_text, home.lat AS home_lat, home.lng AS home_lng
      FROM skill_profile p LEFT JOIN area home ON home.id = p.home_area_id
     WHERE ${where.join(' AND ')}`;
  return { text, values: params.values };
}

/**
 * The skills (index-only scan of skill_profile_skills) and the activity counts (index-only scan
 * of activity_record_person_date) of the profiles the engine needs them for; whether they can be
 * mailed (their account by its primary key).
 */
export function candidateDetailsSql(
  profileIds: readonly string[],
  today: string,
  requestId: string | null = null,
): { text: string; values: unknown[] } {
  const text = `
    SELECT p.id AS profile_id, person.name, person.name_kana, home.name_ja AS home_area_name_ja, home.name_en AS home_area_name_en,
           ${volunteerHasEmailSql('person', 'account')} AS has_email,
           latest.status AS offer_status, latest.expires_at AS offer_expires_at,
           skills.codes AS skill_codes, skills.words AS skill_words, skills.levels AS skill_levels,
           counts.recent, counts.completed, counts.no_shows
      FROM skill_profile p
      JOIN person ON person.id = p.person_id
      LEFT JOIN account ON account.id = person.account_id
      LEFT JOIN area home ON home.id = p.home_area_id
      LEFT JOIN LATERAL (
        SELECT o.status, o.expires_at FROM offer o
         WHERE o.request_id = $3::uuid AND o.person_id = p.person_id ORDER BY o.sent_at DESC LIMIT 1) latest ON true
      CROSS JOIN LATERAL (
        SELECT array_agg(s.category_code ORDER BY s.sort_order) AS codes,
               array_agg(s.own_words ORDER BY s.sort_order) AS words,
               array_agg(s.level::text ORDER BY s.sort_order) AS levels
          FROM skill s WHERE s.profile_id = p.id) skills
      CROSS JOIN LATERAL (
        SELECT (count(*) FILTER (WHERE a.outcome = 'completed' AND a.date > $2::date - 90))::int AS recent,
               (count(*) FILTER (WHERE a.outcome = 'completed'))::int AS completed,
               (count(*) FILTER (WHERE a.outcome = 'no-show'))::int AS no_shows
          FROM activity_record a WHERE a.person_id = p.person_id) counts
     WHERE p.id = ANY($1::uuid[])`;
  return { text, values: [profileIds, today, requestId] };
}
