import { ContactMethod } from '@tsunagu/contracts';
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

  /** YYYY-MM-DD; asked at proxy registration to tell people with the same name apart. */
  @Column({ name: 'birth_date', type: 'date', nullable: true })
  birthDate: string | null;

  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  /** Contact address of a person without an account (an account's email is on the account). */
  @Column({ type: 'varchar', nullable: true })
  email: string | null;

  @Column({ name: 'postal_address', type: 'varchar', nullable: true })
  postalAddress: string | null;

  @Column({ name: 'contact_method', type: 'enum', enum: ContactMethod, enumName: 'contact_method', default: ContactMethod.Email })
  contactMethod: ContactMethod;

  /** The coordinator who registered the person by proxy (代理登録), if so. */
  @Column({ name: 'registered_by_account_id', type: 'uuid', nullable: true })
  registeredByAccountId: string | null;

  /** Set when the person's data was erased; the row stays for anonymous statistics. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
