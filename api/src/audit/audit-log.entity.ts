import { AuditAction } from '@tsunagu/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 監査ログ: one row per staff read, export or change of a person's personal data. */
@Entity('audit_log')
export class AuditLog {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_account_id', type: 'uuid' })
  actorAccountId: string;

  @Column({ name: 'subject_person_id', type: 'uuid', nullable: true })
  subjectPersonId: string | null;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  action: AuditAction;

  @Column({ type: 'varchar', nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', nullable: true })
  detail: string | null;
}
