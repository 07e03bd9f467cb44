import { type PublicSkillListingQuery, SKILL_ENQUIRY_LIMITS } from '@tsunagu/contracts';
import { pageParam } from '../../shared/util/pagination';
import { cleanSearchWords } from '../../skill-search/util/search-query';

/**
 * 特技バンク (public listing): the filter lives in the address (?q=&category=&area=&page=), so a
 * list can be bookmarked and 「戻る」 comes back to it.
 */
export interface ListingFilter {
  q: string;
  category: string;
  areaId: string;
}

export interface ListingQuery extends ListingFilter {
  page: number;
}

interface ParamReader {
  get(name: string): string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CODE = /^[a-z0-9][a-z0-9_-]{0,63}$/i;

export function emptyListingFilter(): ListingFilter {
  return { q: '', category: '', areaId: '' };
}

export function listingQueryOf(params: ParamReader): ListingQuery {
  const category = (params.get('category') ?? '').trim();
  const area = (params.get('area') ?? '').trim();
  return {
    q: cleanSearchWords(params.get('q') ?? ''),
    category: CODE.test(category) ? category : '',
    areaId: UUID.test(area) ? area.toLowerCase() : '',
    page: pageParam(params.get('page')),
  };
}

export function listingRouteParams(filter: ListingFilter): Record<string, string | null> {
  return {
    q: cleanSearchWords(filter.q) || null,
    category: filter.category || null,
    area: filter.areaId || null,
    page: null,
  };
}

/** GET /api/skills/listing's query parameters (PublicSkillListingQuery), empty ones left out. */
export function listingApiParams(query: ListingQuery): Record<string, string> {
  const search: PublicSkillListingQuery = {};
  if (query.q) search.q = query.q;
  if (query.category) search.category = query.category;
  if (query.areaId) search.areaId = query.areaId;
  if (query.page > 1) search.page = query.page;
  return Object.fromEntries(Object.entries(search).map(([name, value]) => [name, String(value)]));
}

export function isFiltered(filter: ListingFilter): boolean {
  return filter.q !== '' || filter.category !== '' || filter.areaId !== '';
}

/** The listing id in /skills/:listingId/ask, or null for anything that cannot be one. */
export function listingIdParam(raw: string | null): string | null {
  const value = (raw ?? '').trim();
  return /^[0-9a-z-]{1,64}$/i.test(value) ? value : null;
}

/** 「センターに相談する」 form. '' for organisationId: asking as oneself. */
export interface AskDraft {
  message: string;
  organisationId: string;
}

export type AskProblem = 'required' | 'maxLength';

/** What is wrong with the message as typed, or null (the API trims it and checks the same). */
export function askMessageProblem(message: string): AskProblem | null {
  const text = message.trim();
  if (text === '') return 'required';
  if (Array.from(text).length > SKILL_ENQUIRY_LIMITS.messageMaxLength) return 'maxLength';
  return null;
}

/** How many characters are left of the limit (negative when over). */
export function charactersLeft(message: string): number {
  return SKILL_ENQUIRY_LIMITS.messageMaxLength - Array.from(message.trim()).length;
}
