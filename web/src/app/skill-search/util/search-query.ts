import { DayPeriod, type VolunteerSearchQuery, type Weekday, WEEKDAYS } from '@tsunagu/contracts';
import { pageParam } from '../../shared/util/pagination';

/**
 * 特技バンクの検索 (coordinators): the filter lives in the page's address, so a search can be
 * bookmarked, shared with a colleague and come back with 「戻る」. Short, readable names:
 * ?q=草取り&category=garden&area=…&day=sat&period=morning&language=en&qualification=…&insured=1&page=2
 */

/** Search words longer than this are cut (a sentence is not a search). */
export const SEARCH_WORDS_MAX_LENGTH = 100;

export const DAY_PERIODS: readonly DayPeriod[] = [DayPeriod.Morning, DayPeriod.Afternoon, DayPeriod.Evening];

/** The form: '' means "any". */
export interface SkillSearchFilter {
  q: string;
  category: string;
  areaId: string;
  day: Weekday | '';
  period: DayPeriod | '';
  language: string;
  qualification: string;
  /** 保険加入中のみ */
  insured: boolean;
}

export interface SkillSearchQuery extends SkillSearchFilter {
  page: number;
}

interface ParamReader {
  get(name: string): string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Taxonomy codes (categories, languages, qualifications): short, lower case, no spaces. */
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

export function emptySkillSearchFilter(): SkillSearchFilter {
  return { q: '', category: '', areaId: '', day: '', period: '', language: '', qualification: '', insured: false };
}

/** Search words as sent: trimmed, runs of spaces (also 全角スペース) made one, cut to the limit. */
export function cleanSearchWords(raw: string): string {
  return Array.from(raw.replace(/[\s\u3000]+/g, ' ').trim())
    .slice(0, SEARCH_WORDS_MAX_LENGTH)
    .join('')
    .trim();
}

const code = (raw: string | null) => {
  const value = (raw ?? '').trim();
  return CODE.test(value) ? value : '';
};

/** The search from the address; a value the API would refuse is dropped rather than sent. */
export function skillSearchQueryOf(params: ParamReader): SkillSearchQuery {
  const day = params.get('day') ?? '';
  const period = params.get('period') ?? '';
  const area = (params.get('area') ?? '').trim();
  return {
    q: cleanSearchWords(params.get('q') ?? ''),
    category: code(params.get('category')),
    areaId: UUID.test(area) ? area.toLowerCase() : '',
    day: WEEKDAYS.includes(day as Weekday) ? (day as Weekday) : '',
    period: DAY_PERIODS.includes(period as DayPeriod) ? (period as DayPeriod) : '',
    language: code(params.get('language')),
    qualification: code(params.get('qualification')),
    insured: params.get('insured') === '1',
    page: pageParam(params.get('page')),
  };
}

/** The page's own query parameters for a filter (empty ones left out, back to page 1). */
export function skillSearchRouteParams(filter: SkillSearchFilter): Record<string, string | null> {
  return {
    q: cleanSearchWords(filter.q) || null,
    category: filter.category || null,
    area: filter.areaId || null,
    day: filter.day || null,
    period: filter.period || null,
    language: filter.language || null,
    qualification: filter.qualification || null,
    insured: filter.insured ? '1' : null,
    page: null,
  };
}

/** The query of GET /api/skills/search (VolunteerSearchQuery), without empty criteria. */
export function toVolunteerSearchQuery(query: SkillSearchQuery): VolunteerSearchQuery {
  const search: VolunteerSearchQuery = {};
  if (query.q) search.q = query.q;
  if (query.category) search.category = query.category;
  if (query.areaId) search.areaId = query.areaId;
  if (query.day) search.day = query.day;
  if (query.period) search.period = query.period;
  if (query.language) search.language = query.language;
  if (query.qualification) search.qualification = query.qualification;
  if (query.insured) search.insured = true;
  if (query.page > 1) search.page = query.page;
  return search;
}

/** VolunteerSearchQuery as HTTP query parameters (booleans as "true"). */
export function volunteerSearchParams(search: VolunteerSearchQuery): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(search)) {
    if (value !== undefined && value !== '' && value !== false) params[name] = String(value);
  }
  return params;
}

/** The same search without the page: what 「CSVで書き出す」 exports (every match, not one page). */
export function exportParams(query: SkillSearchQuery): Record<string, string> {
  const { page: _page, ...search } = toVolunteerSearchQuery(query);
  return volunteerSearchParams(search);
}

/** True when the coordinator asked for something (else the page lists everyone, newest first). */
export function hasCriteria(filter: SkillSearchFilter): boolean {
  return (
    filter.insured ||
    [filter.q, filter.category, filter.areaId, filter.day, filter.period, filter.language, filter.qualification].some(
      (value) => value !== '',
    )
  );
}

/** The CSV's file name, dated in Japan: tsunagu-skills-2026-11-29.csv. */
export function exportFileName(today: string): string {
  return `tsunagu-skills-${today.replace(/[^0-9-]/g, '')}.csv`;
}

/** The file name the API gives in Content-Disposition (filename*=UTF-8'' first), or null. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (extended) {
    try {
      return safeFileName(decodeURIComponent(extended[1].trim().replace(/^"|"$/g, '')));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain ? safeFileName(plain[1].trim()) : null;
}

function safeFileName(name: string): string | null {
  const base = name.split(/[/\\]/).pop() ?? '';
  return base && base !== '.' && base !== '..' ? base : null;
}
