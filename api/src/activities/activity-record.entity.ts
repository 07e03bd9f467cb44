import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum ActivityOutcome {
  Completed = 'completed',
  NoShow = 'no-show',
}

/** numeric comes back from pg as a string; hours are a number everywhere else. */
const hoursTransformer = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * 活動記録 (activity record): what happened on one day of a match. The figures count completed
 * records (支援実施回数) and the registered people behind them (活動につながった数).
 */
@Entity('activity_record')
export class ActivityRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'match_id', type: 'uuid' })
  matchId: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** The request's center, copied so the figures read this table alone. */
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  /** YYYY-MM-DD */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'numeric', precision: 4, scale: 2, transformer: hoursTransformer })
  hours: number;

  @Column({ type: 'enum', enum: ActivityOutcome, enumName: 'activity_outcome' })
  outcome: ActivityOutcome;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ name: 'recorded_by_account_id', type: 'uuid', nullable: true })
  recordedByAccountId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
