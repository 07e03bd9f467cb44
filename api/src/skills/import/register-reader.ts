import { SKILL_IMPORT_LIMITS } from '@tsunagu/contracts';
import { normalizeJapanese } from '@tsunagu/matching';
import { CsvError, parse } from 'csv-parse/sync';
import { digitsOf, DUPLICATE_MIN_MATCHES } from '../../people/people.service';
import { decodeRegister, type RegisterEncoding } from './decode-register';
import type { ImportRow, ImportRowProblem } from './import-row';
import type { HeaderProblem, RegisterColumns, RegisterLayout } from './register-columns';
import { type AreaFinder, readRegisterRow } from './register-rows';

/** Why a file cannot be read at all (worded by the API's field messages, on `contentBase64`). */
export type RegisterFileProblem =
  | { rule: 'registerEncoding' }
  | { rule: 'registerCsv'; line: number }
  | { rule: 'registerEmpty' }
  | { rule: 'registerTooManyRows'; max: number }
  | { rule: 'registerMissingColumns'; columns: string }
  | { rule: 'registerDuplicateColumn'; first: string; second: string };

export interface ReadRegister {
  encoding: RegisterEncoding;
  /** Data rows (blank rows not counted). */
  totalRows: number;
  rows: ImportRow[];
  problems: ImportRowProblem[];
}

/** Excel registers often start with a title row or two (「ボランティア登録名簿 令和8年度」). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads a register file: decodes it, finds the header row, reads every data row and flags rows
 * that are the same person as an earlier row of the file (the rule of 代理登録's duplicate check).
 * Duplicates of people already registered are the caller's to find (they need the database).
 */
export function readRegister(
  bytes: Uint8Array,
  columns: RegisterColumns,
  areas: AreaFinder,
  today: string,
): ReadRegister | RegisterFileProblem {
  const decoded = decodeRegister(bytes);
  if (!decoded) return { rule: 'registerEncoding' };
  let records: string[][];
  try {
    records = parse(decoded.text, { relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (error) {
    if (error instanceof CsvError) return { rule: 'registerCsv', line: (error as CsvError & { lines?: number }).lines ?? 1 };
    throw error;
  }

  let layout: RegisterLayout | null = null;
  let headerIndex = 0;
  let firstProblem: HeaderProblem | null = null;
  for (const [index, record] of records.slice(0, HEADER_SEARCH_ROWS).entries()) {
    if (isBlank(record)) continue;
    const found = columns.layoutOf(record);
    if (!('rule' in found)) {
      layout = found;
      headerIndex = index;
      break;
    }
    // A row naming some columns is the header with a column missing, not a title row.
    if (found.rule === 'registerDuplicateColumn' || record.some((cell) => columns.knows(cell.trim()))) {
      firstProblem ??= found;
    }
  }
  if (!layout) {
    if (records.every(isBlank)) return { rule: 'registerEmpty' };
    if (firstProblem?.rule === 'registerDuplicateColumn') {
      return { rule: 'registerDuplicateColumn', first: firstProblem.headers[0], second: firstProblem.headers[1] };
    }
    return { rule: 'registerMissingColumns', columns: (firstProblem?.columns ?? ['氏名', '生年月日']).join('、') };
  }

  const data = records
    .map((cells, index) => ({ cells, line: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ cells }) => !isBlank(cells));
  if (data.length === 0) return { rule: 'registerEmpty' };
  if (data.length > SKILL_IMPORT_LIMITS.maxRows) return { rule: 'registerTooManyRows', max: SKILL_IMPORT_LIMITS.maxRows };

  const rows: ImportRow[] = [];
  const problems: ImportRowProblem[] = [];
  const seen = new SeenPeople();
  for (const { cells, line } of data) {
    const result = readRegisterRow(layout, cells, line, areas, today);
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    const earlier = seen.sameAs(result.row);
    if (earlier !== null) {
      problems.push({ line, column: null, rule: 'duplicateInFile', args: { otherLine: earlier } });
      continue;
    }
    seen.add(result.row);
    rows.push(result.row);
  }
  return { encoding: decoded.encoding, totalRows: data.length, rows, problems };
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** People met so far in the file, indexed by the facts a duplicate must share (two or more). */
class SeenPeople {
  private readonly byFact = new Map<string, ImportRow[]>();

  add(row: ImportRow): void {
    for (const fact of factsOf(row)) {
      const list = this.byFact.get(fact) ?? [];
      list.push(row);
      this.byFact.set(fact, list);
    }
  }

  /** The line of an earlier row with two or more of the same facts, or null. */
  sameAs(row: ImportRow): number | null {
    const facts = factsOf(row);
    const shared = new Map<ImportRow, number>();
    for (const fact of facts) {
      for (const other of this.byFact.get(fact) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
    const match = [...shared].find(([, count]) => count >= DUPLICATE_MIN_MATCHES);
    return match ? match[0].line : null;
  }
}

function factsOf(row: ImportRow): string[] {
  const { name, nameKana, birthDate, phone } = row.person;
  const facts = [`name:${normalizeJapanese(name)}`];
  if (birthDate) facts.push(`birthDate:${birthDate}`);
  if (nameKana) facts.push(`kana:${normalizeJapanese(nameKana)}`);
  const digits = digitsOf(phone);
  if (digits) facts.push(`phone:${digits}`);
  return facts;
}
