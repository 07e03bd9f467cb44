import type { ConsentPurpose } from '@tsunagu/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Person } from '../people/person.entity';

/** 同意: one purpose, one wording version, when it was given and (if so) withdrawn. */
@Entity('consent')
export class Consent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'varchar' })
  purpose: ConsentPurpose;

  @Column()
  version: string;

  @Column({ name: 'given_at', type: 'timestamptz', default: () => 'now()' })
  givenAt: Date;

  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true })
  withdrawnAt: Date | null;
}
