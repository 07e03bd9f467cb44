import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, type ImportSkillsPayload, JobName, QueueName, SKILL_PROFILE_LIMITS, SkillImportStatus } from '@tsunagu/contracts';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { RoleGrant } from '../../../accounts/role-grant.entity';
import { AuditService } from '../../../audit/audit.service';
import { CentersService } from '../../../centers/centers.service';
import { OutboxService } from '../../../core/outbox/outbox.service';
import { throttledWarning } from '../../../core/queue/throttled-warning';
import { Person } from '../../../people/person.entity';
import { SkillProfilesService } from '../../skill-profiles.service';
import { findExistingPeople } from '../existing-people';
import type { ImportRow, ImportRowProblem } from '../import-row';
import { SkillImportRecord } from '../skill-import.entity';
import { byLine } from '../skill-imports.service';

/** The progress bar moves at least this often (and at every PROGRESS_EVERY_ROWS rows). */
const PROGRESS_EVERY_MS = 200;
const PROGRESS_EVERY_ROWS = 50;
/** One import at a time: the duplicate check inside the transaction then sees every earlier one. */
const IMPORT_LOCK = 'tsunagu.skill-import';

/**
 * 名簿の取り込み, the worker side: registers the valid rows of a started import, each as a person
 * registered by proxy (代理登録) by the coordinator who started it, with an active skill profile.
 *
 * All rows go in ONE transaction: if any row fails, nobody is registered and the import is
 * marked failed with the line it stopped at. The progress is written from outside the
 * transaction, so the page can show it while the rows are still uncommitted. Idempotent: the
 * import's status is set in the same transaction as the people, so a retried job finds it done.
 */
@Processor(QueueName.SkillImport)
export class ImportSkillsJob extends WorkerHost {
  private readonly logger = new Logger(ImportSkillsJob.name);
  private readonly warnOutage = throttledWarning(this.logger);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: SkillProfilesService,
    private readonly centers: CentersService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  async process(job: Job<ImportSkillsPayload, void, JobName.ImportSkills>): Promise<void> {
    const { importId } = job.data;
    const repository = this.dataSource.getRepository(SkillImportRecord);
    const record = await repository
      .createQueryBuilder('import')
      .addSelect('import.rows')
      .where('import.id = :importId', { importId })
      .getOne();
    if (!record || record.status !== SkillImportStatus.Running) {
      this.logger.log(`Import ${importId} is not waiting to run (${record?.status ?? 'gone'}); nothing to do.`);
      return;
    }
    const actor = record.committedByAccountId;
    if (!actor) {
      await this.fail(record, null, new Error('The staff member who started the import no longer has an account.'));
      return;
    }

    const progress = new Progress((processedRows) => repository.update({ id: importId }, { processedRows }).then(() => undefined));
    await progress.reset();
    let line: number | null = null;
    try {
      const imported = await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [IMPORT_LOCK]);
        // Someone may have registered one of these people since the preview: not twice.
        const { fresh, problems } = await findExistingPeople(manager, record.rows, await this.scopeOf(actor));
        for (const row of fresh) {
          line = row.line;
          await this.register(manager, row, record.centerId, actor);
          await progress.advance();
        }
        line = null;
        await this.audit.record(
          {
            actorAccountId: actor,
            subjectPersonId: null,
            action: AuditAction.Create,
            detail: `skill-import: ${record.fileName} (${fresh.length})`,
          },
          manager,
        );
        await this.finish(manager, record, fresh.length, problems);
        return fresh.length;
      });
      if (job.id) await this.outbox.markCompleted(job.id);
      this.logger.log(`Import ${importId}: ${imported} of ${record.validRows} people registered.`);
    } catch (error) {
      await this.fail(record, line, error as Error);
    }
  }

  /** One row: the person (代理登録 by the coordinator) and their registered skill profile. */
  private async register(manager: EntityManager, row: ImportRow, centerId: string, actor: string): Promise<void> {
    const person = await manager.save(
      manager.create(Person, {
        centerId,
        name: row.person.name,
        nameKana: row.person.nameKana,
        birthDate: row.person.birthDate,
        phone: row.person.phone,
        email: row.person.email,
        postalAddress: row.person.postalAddress,
        contactMethod: row.person.contactMethod,
        registeredByAccountId: actor,
      }),
    );
    await this.profiles.save(manager, person.id, row.profile, { submit: true, step: SKILL_PROFILE_LIMITS.steps });
  }

  private async finish(manager: EntityManager, record: SkillImportRecord, imported: number, skipped: ImportRowProblem[]): Promise<void> {
    await manager.update(
      SkillImportRecord,
      { id: record.id },
      {
        status: SkillImportStatus.Done,
        importedRows: imported,
        processedRows: record.validRows,
        errors: byLine([...record.errors, ...skipped]),
        // The people are registered now; their rows need not be kept twice.
        rows: [],
        finishedAt: new Date(),
      },
    );
  }

  /**
   * The transaction rolled back: nobody was registered. Marked failed with the line it stopped at,
   * unless the database itself is away; then the job throws, and BullMQ tries again later.
   */
  private async fail(record: SkillImportRecord, line: number | null, error: Error): Promise<void> {
    this.logger.warn(`Import ${record.id} failed${line === null ? '' : ` at line ${line}`}; nothing was registered: ${error.message}`);
    await this.dataSource
      .getRepository(SkillImportRecord)
      .update(
        { id: record.id, status: SkillImportStatus.Running },
        { status: SkillImportStatus.Failed, failure: { line }, processedRows: 0, rows: [], finishedAt: new Date() },
      );
  }

  private async scopeOf(accountId: string) {
    const grants = await this.dataSource.getRepository(RoleGrant).findBy({ accountId });
    return this.centers.scopeOf({ accountId, sessionId: '', grants: grants.map(({ role, centerId }) => ({ role, centerId })) });
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<ImportSkillsPayload> | undefined, error: Error): void {
    this.logger.warn(`Import job ${job?.id ?? '?'} did not finish (attempt ${job?.attemptsMade ?? '?'}): ${error.message}`);
  }

  /** Without a listener, a Redis outage would crash the worker; BullMQ reconnects by itself. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    this.warnOutage(`Skill import worker cannot reach Redis: ${error.message}`);
  }
}

/** Writes how many rows are done, now and then, and waits for each write (never two at once). */
class Progress {
  private done = 0;
  private writtenAt = 0;
  private written = 0;

  constructor(private readonly write: (processedRows: number) => Promise<void>) {}

  async reset(): Promise<void> {
    this.done = 0;
    this.written = 0;
    this.writtenAt = Date.now();
    await this.write(0);
  }

  async advance(): Promise<void> {
    this.done++;
    if (this.done - this.written >= PROGRESS_EVERY_ROWS || Date.now() - this.writtenAt >= PROGRESS_EVERY_MS) {
      this.written = this.done;
      this.writtenAt = Date.now();
      await this.write(this.done);
    }
  }
}
