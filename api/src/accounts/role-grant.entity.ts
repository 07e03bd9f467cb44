import { Role } from '@tsunagu/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { Account } from './account.entity';

/** A role held by an account; a coordinator's grant names the center it covers. */
@Entity('role_grant')
export class RoleGrant {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, (account) => account.roleGrants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'account_id' })
  account: Relation<Account>;

  @Column({ type: 'enum', enum: Role, enumName: 'role' })
  role: Role;

  @Column({ name: 'center_id', type: 'uuid', nullable: true })
  centerId: string | null;

  @ManyToOne(() => VolunteerCenter, { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'center_id' })
  center: Relation<VolunteerCenter> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
