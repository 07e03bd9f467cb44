import { RequestStatus } from '@tsunagu/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerRequest } from './volunteer-request.entity';

/** One move of a request's status: from (null when it was created), to, by whom, why, when. */
@Entity('request_status_change')
export class RequestStatusChangeRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @ManyToOne(() => VolunteerRequest, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<VolunteerRequest>;

  @Column({ name: 'from_status', type: 'enum', enum: RequestStatus, enumName: 'request_status', nullable: true })
  fromStatus: RequestStatus | null;

  @Column({ name: 'to_status', type: 'enum', enum: RequestStatus, enumName: 'request_status' })
  toStatus: RequestStatus;

  /** Null for a change the system made (e.g. a volunteer's answer through a mailed link). */
  @Column({ name: 'by_account_id', type: 'uuid', nullable: true })
  byAccountId: string | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
