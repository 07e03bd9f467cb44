import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';

/** 住民 (Resident): the person's own data; a proxy-registered person may have no account. */
@Entity('person')
export class Person {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid', nullable: true, unique: true })
  accountId: string | null;

  @OneToOne(() => Account, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'account_id' })
  account: Relation<Account> | null;

  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @ManyToOne(() => VolunteerCenter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center: Relation<VolunteerCenter>;

  @Column()
  name: string;

  /** ふりがな in hiragana; null when the name has no kanji. */
  @Column({ name: 'name_kana', type: 'varchar', nullable: true })
  nameKana: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
