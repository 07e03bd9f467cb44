import { type Locale, REQUEST_LIMITS, type RequestListQuery, type RequestStatus, type RequestSummary } from '@tsunagu/contracts';
import { skillCategory } from '@tsunagu/matching';
import { pageParam } from '../../shared/util/pagination';
import { isRequestStatus } from './request-status';

/** The lists show this many requests a page (the API's default page size). */
export const REQUESTS_PAGE_SIZE = 20;

/** What a list shows: the status chosen (null: every status), the search words and the page, from the address. */
export interface RequestsQuery {
  status: RequestStatus | null;
  q: string;
  page: number;
}

interface ParamReader {
  get(name: string): string | null;
}

/** The list's query parameters, cleaned: an unknown status is ignored, the words cut to the API's limit. */
export function requestsQueryOf(params: ParamReader): RequestsQuery {
  const status = params.get('status');
  const q = Array.from((params.get('q') ?? '').trim())
    .slice(0, REQUEST_LIMITS.titleMaxLength)
    .join('');
  return { status: isRequestStatus(status) ? status : null, q, page: pageParam(params.get('page')) };
}

/** The query parameters of GET /api/requests: only what is set. */
export function toListParams(query: RequestsQuery): Record<string, string> {
  const params: RequestListQuery = {};
  if (query.status) params.status = query.status;
  if (query.q) params.q = query.q;
  if (query.page > 1) params.page = query.page;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}

/** A center's (or area's) name in the reader's language, Japanese when there is no English one. */
export function localName(ja: string | null, en: string | null, lang: Locale): string | null {
  return lang === 'en' ? en || ja : ja;
}

/** 「庭仕事、買い物の手伝い」 for the list and the detail page; unknown codes shown as they are. */
export function categoryNames(codes: readonly string[], lang: Locale): string {
  return codes.map((code) => (lang === 'en' ? skillCategory(code)?.en : skillCategory(code)?.ja) ?? code).join(lang === 'en' ? ', ' : '、');
}

/** The request's center and area on one line: 「青葉地区ボランティアセンター・青葉小学校区」. */
export function placeLine(
  request: Pick<RequestSummary, 'centerNameJa' | 'centerNameEn' | 'areaNameJa' | 'areaNameEn'>,
  lang: Locale,
): string {
  const center = localName(request.centerNameJa, request.centerNameEn, lang) ?? '';
  const area = localName(request.areaNameJa, request.areaNameEn, lang);
  return area ? `${center}${lang === 'en' ? ' · ' : '・'}${area}` : center;
}
