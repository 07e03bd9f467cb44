import { SkillImportStatus } from '@tsunagu/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { RegisterEncoding } from './decode-register';
import type { ImportFailure, ImportRow, ImportRowProblem } from './import-row';

/**
 * 名簿の取り込み (a register import): the checked rows of one uploaded CSV, for one center. The
 * valid rows wait in `rows` between the preview and the commit, and are cleared when it ends.
 */
@Entity('skill_import')
export class SkillImportRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  /** The staff member who uploaded the file. */
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  /** The staff member who started the import: the people are registered by proxy in their name. */
  @Column({ name: 'committed_by_account_id', type: 'uuid', nullable: true })
  committedByAccountId: string | null;

  @Column({ name: 'file_name' })
  fileName: string;

  @Column({ type: 'varchar' })
  encoding: RegisterEncoding;

  @Column({ type: 'enum', enum: SkillImportStatus, enumName: 'skill_import_status', default: SkillImportStatus.Previewed })
  status: SkillImportStatus;

  @Column({ name: 'total_rows', type: 'int' })
  totalRows: number;

  @Column({ name: 'valid_rows', type: 'int' })
  validRows: number;

  /** Written by the worker from outside its transaction, so the progress bar can move. */
  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows: number;

  @Column({ name: 'imported_rows', type: 'int', default: 0 })
  importedRows: number;

  /** The rows that will not be imported, and why (worded in the reader's language when shown). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ImportRowProblem[];

  /** Loaded only where needed (the preview's first rows, the job): it can run to megabytes. */
  @Column({ type: 'jsonb', default: () => "'[]'", select: false })
  rows: ImportRow[];

  @Column({ type: 'jsonb', nullable: true })
  failure: ImportFailure | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
