import { ORGANISATION_STATUSES, OrganisationKind, type OrganisationStatus } from '@tsunagu/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { OrganisationMember } from './organisation-member.entity';

/**
 * 団体 (organisation) or 企業・商店 (company), as applied for by a member: pending until a
 * coordinator of its center approves or rejects it, once.
 */
@Entity('organisation')
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column()
  name: string;

  @Column({ name: 'name_kana', type: 'varchar', nullable: true })
  nameKana: string | null;

  /** The center whose area the group is in; its coordinators decide the application. */
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @ManyToOne(() => VolunteerCenter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center: Relation<VolunteerCenter>;

  @Column({ name: 'representative_name' })
  representativeName: string;

  @Column()
  phone: string;

  @Column()
  email: string;

  @Column({ type: 'varchar', nullable: true })
  address: string | null;

  @Column({ type: 'text' })
  description: string;

  @Column({
    type: 'enum',
    enum: [...ORGANISATION_STATUSES],
    enumName: 'organisation_status',
    default: 'pending',
  })
  status: OrganisationStatus;

  /** Why it was rejected (required), or the coordinator's note on approval (optional). */
  @Column({ name: 'decision_reason', type: 'text', nullable: true })
  decisionReason: string | null;

  /** The member who applied; null once their registration was deleted. */
  @Column({ name: 'applicant_account_id', type: 'uuid', nullable: true })
  applicantAccountId: string | null;

  @ManyToOne(() => Account, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'applicant_account_id' })
  applicant: Relation<Account> | null;

  @Column({ name: 'decided_by_account_id', type: 'uuid', nullable: true })
  decidedByAccountId: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @OneToMany(() => OrganisationMember, (member) => member.organisation)
  members: Relation<OrganisationMember[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
