import type { Locale } from '@tsunagu/contracts';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RoleGrant } from './role-grant.entity';

/** A login: an email (case-insensitive) and an argon2id password hash. */
@Entity('account')
export class Account {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'citext', unique: true })
  email: string;

  @Column({ name: 'password_hash' })
  passwordHash: string;

  @Column({ name: 'email_verified_at', type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  @Column({ type: 'varchar', length: 5 })
  locale: Locale;

  @OneToMany(() => RoleGrant, (grant) => grant.account)
  roleGrants: Relation<RoleGrant[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
