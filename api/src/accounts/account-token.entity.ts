import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export enum AccountTokenPurpose {
  VerifyEmail = 'verify-email',
  ResetPassword = 'reset-password',
}

/** A single-use, expiring link sent by mail; only its SHA-256 is stored. */
@Entity('account_token')
export class AccountToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'account_id', type: 'uuid' })
  accountId: string;

  @Column({ type: 'enum', enum: AccountTokenPurpose, enumName: 'account_token_purpose' })
  purpose: AccountTokenPurpose;

  @Column({ name: 'token_hash', unique: true })
  tokenHash: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'used_at', type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
