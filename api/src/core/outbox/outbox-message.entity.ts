import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JobName, JobPayloads } from '@tsunagu/contracts';

/**
 * Transactional outbox: written in the same transaction as the change that causes a message,
 * so a message is never lost when Redis is down and never sent for a change that rolled back.
 */
@Entity('outbox_message')
@Index('outbox_message_unrelayed', ['createdAt'], { where: 'relayed_at IS NULL' })
export class OutboxMessage<N extends JobName = JobName> {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Becomes the BullMQ job id, so relaying a row twice still queues one job. */
  @Column({ name: 'idempotency_key', unique: true })
  idempotencyKey: string;

  @Column({ name: 'job_name', type: 'varchar' })
  jobName: N;

  @Column({ type: 'jsonb' })
  payload: JobPayloads[N];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt: Date | null;

  /** Set by the job once its work (e.g. the SMTP send) succeeded; a re-run then does nothing. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
