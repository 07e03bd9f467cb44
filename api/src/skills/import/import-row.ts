import type { ContactMethod, SkillProfileInput } from '@tsunagu/contracts';
import type { ImportRule } from './import-messages';

/** A person from one valid row, as they will be registered by proxy. */
export interface ImportPerson {
  name: string;
  /** In hiragana. */
  nameKana: string | null;
  /** YYYY-MM-DD; an exported person may have none. */
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  postalAddress: string | null;
  contactMethod: ContactMethod;
}

/** One valid row of the register: the person and their skill profile. */
export interface ImportRow {
  /** 1-based line of the file (as Excel numbers its rows). */
  line: number;
  person: ImportPerson;
  profile: SkillProfileInput;
  /** The home area's name, for the preview. */
  homeAreaNameJa: string | null;
}

/** Why a row is not imported: worded in the reader's language when shown (see import-messages). */
export interface ImportRowProblem {
  line: number;
  /** The column's header as written in the file; null for the row as a whole. */
  column: string | null;
  rule: ImportRule;
  args?: Record<string, string | number>;
}

/** Why a started import registered nothing. */
export interface ImportFailure {
  /** The line being registered when it failed, if any. */
  line: number | null;
}
