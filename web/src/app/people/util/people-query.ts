import {
  AccessReason,
  type AccessReasonQuery,
  type CenterSummary,
  type DuplicateCandidate,
  type Locale,
  PERSON_LIMITS,
  VOLUNTEER_ENQUIRY_LIMITS,
} from '@tsunagu/contracts';
import { characterCount } from '../../accounts/util/account-rules';
import { pageParam } from '../../shared/util/pagination';
import { cleanText } from '../../shared/util/text-input';

/** 住民の一覧 shows this many people a page. */
export const PEOPLE_PAGE_SIZE = 20;

/** What the list shows: the search words (name or ふりがな) and the page, from the address. */
export interface PeopleQuery {
  q: string;
  page: number;
}

interface ParamReader {
  get(name: string): string | null;
}

/** The list's query parameters, cleaned: search words trimmed and cut to the API's limit. */
export function peopleQueryOf(params: ParamReader): PeopleQuery {
  const q = Array.from((params.get('q') ?? '').trim())
    .slice(0, VOLUNTEER_ENQUIRY_LIMITS.nameMaxLength)
    .join('');
  return { q, page: pageParam(params.get('page')) };
}

/** Why staff open a person's record, in the order the form offers them. */
export const ACCESS_REASONS: readonly AccessReason[] = [
  AccessReason.Coordination,
  AccessReason.PersonsRequest,
  AccessReason.RecordCheck,
  AccessReason.Other,
];

export function isAccessReason(value: unknown): value is AccessReason {
  return ACCESS_REASONS.includes(value as AccessReason);
}

/** 「その他」 needs the staff member's own words (as the API does); the other reasons need none. */
export function reasonNoteProblem(reason: AccessReason | '', note: string): 'required' | 'tooLong' | null {
  if (reason !== AccessReason.Other) return null;
  const words = cleanText(note);
  if (words === '') return 'required';
  return characterCount(words) > PERSON_LIMITS.reasonMaxLength ? 'tooLong' : null;
}

/** The reason sent with a staff read, export or erasure: the note only with 「その他」, trimmed. */
export function accessQueryOf(reason: AccessReason, note = ''): AccessReasonQuery {
  return reason === AccessReason.Other ? { reason, reasonNote: cleanText(note) } : { reason };
}

/** A center's name in the reader's language (Japanese when there is no English name). */
export function centerName(center: Pick<CenterSummary, 'nameJa' | 'nameEn'>, lang: Locale): string {
  return lang === 'en' ? center.nameEn || center.nameJa : center.nameJa;
}

/** The center of a possible duplicate, in the reader's language. */
export function candidateCenterName(candidate: Pick<DuplicateCandidate, 'centerNameJa' | 'centerNameEn'>, lang: Locale): string {
  return centerName({ nameJa: candidate.centerNameJa, nameEn: candidate.centerNameEn }, lang);
}

/** The file a staff export is saved as: the person's id, so two exports are never mixed up. */
export function personExportFileName(personId: string): string {
  return `tsunagu-person-${personId.replace(/[^0-9a-zA-Z-]/g, '')}.json`;
}
