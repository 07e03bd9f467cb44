import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JobName, type Locale, SKILL_IMPORT_LIMITS, type SkillImport, SkillImportStatus } from '@tsunagu/contracts';
import { skillCategory } from '@tsunagu/matching';
import { stringify } from 'csv-stringify/sync';
import { DataSource, LessThan } from 'typeorm';
import { Area } from '../../centers/area.entity';
import { scopeIncludes } from '../../centers/center-scope';
import { CentersService } from '../../centers/centers.service';
import type { AuthenticatedViewer } from '../../core/auth/viewer';
import { InvalidInputException } from '../../core/http/invalid-input.exception';
import { LocalizedHttpException } from '../../core/http/localized.exception';
import { OutboxService } from '../../core/outbox/outbox.service';
import { todayInJapan } from '../insurance-cover';
import { SKILL_CSV_COLUMNS } from '../skills-csv-columns';
import type { StartSkillImportDto } from './dto/start-skill-import.dto';
import { findExistingPeople } from './existing-people';
import { failureMessage, rowMessage } from './import-messages';
import type { ImportRow, ImportRowProblem } from './import-row';
import { RegisterColumns } from './register-columns';
import { readRegister } from './register-reader';
import { AreaFinder } from './register-rows';
import { SkillImportRecord } from './skill-import.entity';

/** A checked file waits this long for 「取り込む」; then its rows (personal data) are dropped. */
const PREVIEW_KEPT_MS = 24 * 3600_000;

export const importIdempotencyKey = (importId: string) => `import-skills.${importId}`;

/**
 * 名簿の取り込み, the HTTP side: checks an uploaded register row by row (nothing is registered),
 * and on the go-ahead queues the worker's ImportSkillsJob through the outbox, in the transaction
 * that marks the import as running.
 */
@Injectable()
export class SkillImportsService {
  private readonly columns = new RegisterColumns();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly centers: CentersService,
    private readonly outbox: OutboxService,
  ) {}

  async start(viewer: AuthenticatedViewer, dto: StartSkillImportDto, locale: Locale): Promise<SkillImport> {
    const center = await this.centers.findCenter(dto.centerId);
    if (!center) throw InvalidInputException.forField('centerId', 'unknownArea');
    const scope = await this.centers.scopeOf(viewer);
    if (!scopeIncludes(scope, center.id)) throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'importOutsideCenter');

    const bytes = Buffer.from(dto.contentBase64, 'base64');
    if (bytes.length > SKILL_IMPORT_LIMITS.maxFileBytes) {
      throw InvalidInputException.forField('contentBase64', 'fileTooLarge', { max: SKILL_IMPORT_LIMITS.maxFileBytes / (1024 * 1024) });
    }
    const areas = new AreaFinder(await this.dataSource.getRepository(Area).find());
    const read = readRegister(bytes, this.columns, areas, todayInJapan());
    if ('rule' in read) {
      const { rule, ...args } = read;
      throw InvalidInputException.forField('contentBase64', rule, args);
    }
    const existing = await findExistingPeople(this.dataSource.manager, read.rows, scope);
    const errors = byLine([...read.problems, ...existing.problems]);

    const repository = this.dataSource.getRepository(SkillImportRecord);
    // Checked files nobody imported: their rows are personal data with no use any more.
    await repository.delete({ status: SkillImportStatus.Previewed, createdAt: LessThan(new Date(Date.now() - PREVIEW_KEPT_MS)) });
    const saved = await repository.save(
      repository.create({
        centerId: center.id,
        createdByAccountId: viewer.accountId,
        committedByAccountId: null,
        fileName: dto.fileName,
        encoding: read.encoding,
        status: SkillImportStatus.Previewed,
        totalRows: read.totalRows,
        validRows: existing.fresh.length,
        processedRows: 0,
        importedRows: 0,
        errors,
        rows: existing.fresh,
        failure: null,
        startedAt: null,
        finishedAt: null,
      }),
    );
    return toSkillImport(saved, locale, existing.fresh);
  }

  /** Status and progress; the page asks for it every half second while the import runs. */
  async get(viewer: AuthenticatedViewer, id: string, locale: Locale): Promise<SkillImport> {
    const record = await this.importInScope(viewer, id);
    return toSkillImport(record, locale, record.status === SkillImportStatus.Previewed ? await this.previewRows(id) : []);
  }

  /** 「○件を取り込む」: 202; the worker registers the rows, in one transaction. */
  async commit(viewer: AuthenticatedViewer, id: string, locale: Locale): Promise<SkillImport> {
    await this.importInScope(viewer, id);
    const started = await this.dataSource.transaction(async (manager) => {
      const record = await manager.findOne(SkillImportRecord, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!record) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
      if (record.status !== SkillImportStatus.Previewed) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'importAlreadyStarted');
      if (record.validRows === 0) throw new LocalizedHttpException(HttpStatus.CONFLICT, 'importNothingToImport');
      record.status = SkillImportStatus.Running;
      record.committedByAccountId = viewer.accountId;
      record.startedAt = new Date();
      await manager.update(
        SkillImportRecord,
        { id },
        { status: record.status, committedByAccountId: record.committedByAccountId, startedAt: record.startedAt },
      );
      await this.outbox.add(manager, JobName.ImportSkills, { importId: id }, importIdempotencyKey(id));
      return record;
    });
    return toSkillImport(started, locale, []);
  }

  /**
   * The header row of the 特技バンク CSV (the export's columns, less センター and 登録日, which
   * the import does not read), for filling in by hand: UTF-8 with a BOM, so Excel reads it.
   */
  templateCsv(): string {
    const headers = SKILL_CSV_COLUMNS.filter((column) => !column.exportOnly).map((column) => column.header);
    return stringify([headers], { bom: true, record_delimiter: 'windows' });
  }

  /** The first rows only, not the whole file's. */
  private async previewRows(id: string): Promise<ImportRow[]> {
    const [found] = await this.dataSource.query<{ preview: ImportRow[] }[]>(
      `SELECT jsonb_path_query_array("rows", '$[0 to ${SKILL_IMPORT_LIMITS.previewRows - 1}]') AS preview FROM skill_import WHERE id = $1`,
      [id],
    );
    return found?.preview ?? [];
  }

  private async importInScope(viewer: AuthenticatedViewer, id: string): Promise<SkillImportRecord> {
    const record = await this.dataSource.getRepository(SkillImportRecord).findOneBy({ id });
    if (!record) throw new LocalizedHttpException(HttpStatus.NOT_FOUND, 'notFound');
    if (!scopeIncludes(await this.centers.scopeOf(viewer), record.centerId)) {
      throw new LocalizedHttpException(HttpStatus.FORBIDDEN, 'importOutsideCenter');
    }
    return record;
  }
}

/** In file order; a row's problems in column order. */
export function byLine(problems: ImportRowProblem[]): ImportRowProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort((a, b) => a.problem.line - b.problem.line || a.index - b.index)
    .map(({ problem }) => problem);
}

/** `rows`: the valid rows (at least the first few) for the preview; [] once it has started. */
export function toSkillImport(record: SkillImportRecord, locale: Locale, rows: readonly ImportRow[]): SkillImport {
  return {
    id: record.id,
    centerId: record.centerId,
    fileName: record.fileName,
    status: record.status,
    totalRows: record.totalRows,
    validRows: record.validRows,
    processedRows: record.processedRows,
    importedRows: record.importedRows,
    errors: record.errors.map((problem) => ({ line: problem.line, column: problem.column, message: rowMessage(locale, problem) })),
    preview: rows.slice(0, SKILL_IMPORT_LIMITS.previewRows).map((row) => ({
      line: row.line,
      name: row.person.name,
      nameKana: row.person.nameKana,
      skills: row.profile.skills.map((skill) => skillCategory(skill.categoryCode)?.[locale] ?? skill.categoryCode),
      areaNameJa: row.homeAreaNameJa,
    })),
    failureMessage: record.status === SkillImportStatus.Failed ? failureMessage(locale, record.failure ?? { line: null }) : null,
    createdAt: record.createdAt.toISOString(),
    finishedAt: record.finishedAt?.toISOString() ?? null,
  };
}
