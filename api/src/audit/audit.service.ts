import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction, type AuditLogEntry, type Page } from '@tsunagu/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditLog } from './audit-log.entity';
import type { AuditLogQueryDto } from './dto/audit-log-query.dto';

export interface AuditEvent {
  actorAccountId: string;
  subjectPersonId: string | null;
  action: AuditAction;
  reason?: string | null;
  detail?: string | null;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Written in the caller's transaction when there is one: no change without its record. */
  async record(event: AuditEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLog, { reason: null, detail: null, ...event });
  }

  /** Newest first; names come from the people table (blank once a person is erased). */
  async search(query: AuditLogQueryDto): Promise<Page<AuditLogEntry>> {
    const builder = this.dataSource
      .getRepository(AuditLog)
      .createQueryBuilder('log')
      .leftJoin('person', 'actor', 'actor.account_id = log.actor_account_id')
      .leftJoin('person', 'subject', 'subject.id = log.subject_person_id')
      .select([
        'log.id AS id',
        'log.at AS at',
        'log.actor_account_id AS "actorAccountId"',
        'actor.name AS "actorName"',
        'log.subject_person_id AS "subjectPersonId"',
        'subject.name AS "subjectName"',
        'log.action AS action',
        'log.reason AS reason',
        'log.detail AS detail',
      ])
      .orderBy('log.at', 'DESC')
      .addOrderBy('log.id', 'DESC');
    if (query.action) builder.andWhere('log.action = :action', { action: query.action });
    if (query.actorAccountId) builder.andWhere('log.actor_account_id = :actor', { actor: query.actorAccountId });
    if (query.subjectPersonId) builder.andWhere('log.subject_person_id = :subject', { subject: query.subjectPersonId });
    if (query.from) builder.andWhere('log.at >= :from', { from: query.from });
    if (query.to) builder.andWhere("log.at < (:to::date + interval '1 day')", { to: query.to });
    const total = await builder.getCount();
    const rows = await builder
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<Omit<AuditLogEntry, 'at'> & { at: Date }>();
    return {
      items: rows.map((row) => ({ ...row, at: row.at.toISOString() })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
