import type { AreaRequest, AreaSummary, CenterRequest, CenterSummary, CenterUpdateRequest } from '@tsunagu/contracts';
import { isKanaReading } from '@tsunagu/matching';
import { characterCount } from '../../accounts/util/account-rules';
import { cleanText } from '../../shared/util/text-input';

/**
 * A center's or an area's names (and, when it is new, its code), as typed. The same draft serves
 * センターを追加する, 地区を追加する and both renames; `kind` only matters for a new center.
 */
export interface NamesDraft {
  kind: 'district' | 'disaster' | '';
  code: string;
  nameJa: string;
  nameKana: string;
  nameEn: string;
}
export type NamesField = keyof NamesDraft;

/** Page order, for the error summary. */
export const NAMES_FIELDS: readonly NamesField[] = ['kind', 'code', 'nameJa', 'nameKana', 'nameEn'];

/** What the form is for: which fields it has, and which of them must be filled in. */
export type NamesPurpose = 'newCenter' | 'newArea' | 'renameCenter' | 'renameArea';

export type NamesErrorKind = 'required' | 'tooLong' | 'kana' | 'code' | 'taken';

/** The API's limits (CenterDto / AreaDto): names up to 100 characters; codes as below. */
export const NAME_MAX_LENGTH = 100;
/** Lower-case letters, digits and hyphens, 2 to 63 characters, not starting with a hyphen. */
const CODE = /^[a-z0-9][a-z0-9-]{1,62}$/;

export function emptyNamesDraft(kind: NamesDraft['kind'] = ''): NamesDraft {
  return { kind, code: '', nameJa: '', nameKana: '', nameEn: '' };
}

/** The fields each form shows. */
export function namesFields(purpose: NamesPurpose): readonly NamesField[] {
  switch (purpose) {
    case 'newCenter':
      return NAMES_FIELDS;
    case 'newArea':
      return ['code', 'nameJa', 'nameKana', 'nameEn'];
    default:
      return ['nameJa', 'nameKana', 'nameEn'];
  }
}

/**
 * Whether a field must be filled in. A center's current ふりがな is not published (GET /api/centers
 * leaves it out), so renaming a center leaves it blank, and blank means "keep it as it is".
 */
export function namesFieldRequired(purpose: NamesPurpose, field: NamesField): boolean {
  if (!namesFields(purpose).includes(field)) return false;
  return !(purpose === 'renameCenter' && field === 'nameKana');
}

/**
 * The first problem with a field of the form, or null. Codes are typed as they are (not trimmed).
 * `takenNames`: Japanese names of the other centers. Two centers with one name would confuse
 * residents choosing by name (and the area list, which the API ties to the center's name).
 */
export function namesProblem(
  purpose: NamesPurpose,
  field: NamesField,
  raw: string,
  takenNames: readonly string[] = [],
): NamesErrorKind | null {
  if (!namesFields(purpose).includes(field)) return null;
  const value = field === 'code' ? raw : cleanText(raw);
  if (value === '') return namesFieldRequired(purpose, field) ? 'required' : null;
  if (field === 'kind') return value === 'district' || value === 'disaster' ? null : 'required';
  if (field === 'code') return CODE.test(value) ? null : 'code';
  if (characterCount(value) > NAME_MAX_LENGTH) return 'tooLong';
  if (field === 'nameKana' && !isKanaReading(value)) return 'kana';
  if (field === 'nameJa' && takenNames.includes(value)) return 'taken';
  return null;
}

/** Every field of the form with a problem, in page order. */
export function namesProblems(purpose: NamesPurpose, draft: NamesDraft, takenNames: readonly string[] = []): NamesField[] {
  return namesFields(purpose).filter((field) => namesProblem(purpose, field, draft[field], takenNames) !== null);
}

/** The API's field names are the form's; anything else belongs to no one field. */
export function namesFieldOfApiField(apiField: string): NamesField | null {
  return NAMES_FIELDS.includes(apiField as NamesField) ? (apiField as NamesField) : null;
}

function names(draft: NamesDraft): Omit<AreaRequest, 'code'> {
  return {
    nameJa: cleanText(draft.nameJa),
    nameKana: cleanText(draft.nameKana),
    nameEn: cleanText(draft.nameEn),
  };
}

export function toCenterRequest(draft: NamesDraft): CenterRequest {
  return {
    code: draft.code,
    kind: draft.kind === 'disaster' ? 'disaster' : 'district',
    ...names(draft),
  };
}

export function toAreaRequest(draft: NamesDraft): AreaRequest {
  return { code: draft.code, ...names(draft) };
}

/** A rename sends what changed only (a blank ふりがな keeps the center's). Empty: nothing to do. */
export function toRenameRequest(
  draft: NamesDraft,
  current: Pick<CenterSummary, 'nameJa' | 'nameEn'> & { nameKana?: string },
): CenterUpdateRequest {
  const next = names(draft);
  const change: CenterUpdateRequest = {};
  if (next.nameJa !== current.nameJa) change.nameJa = next.nameJa;
  if (next.nameKana !== '' && next.nameKana !== (current.nameKana ?? '')) change.nameKana = next.nameKana;
  if (next.nameEn !== current.nameEn) change.nameEn = next.nameEn;
  return change;
}

/** The rename form starts from the names as they are. */
export function renameDraftOf(item: CenterSummary | AreaSummary): NamesDraft {
  return {
    kind: '',
    code: '',
    nameJa: item.nameJa,
    nameKana: 'nameKana' in item ? item.nameKana : '',
    nameEn: item.nameEn,
  };
}
