import { OfferStatus } from '@tsunagu/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** How an offer reached the volunteer: a mailed link, a phone call, or their own offer on the web. */
export enum OfferChannel {
  Mail = 'mail',
  Phone = 'phone',
  Web = 'web',
}

/**
 * 打診 (offer): a coordinator asks a volunteer to help with a request. A mailed offer carries a
 * single-use, expiring link; only the SHA-256 of its token is stored.
 */
@Entity('offer')
export class Offer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'request_id', type: 'uuid' })
  requestId: string;

  @Column({ name: 'person_id', type: 'uuid' })
  personId: string;

  /** 'sent' past expiresAt reads as expired (see effectiveOfferStatus). */
  @Column({ type: 'enum', enum: OfferStatus, enumName: 'offer_status', default: OfferStatus.Sent })
  status: OfferStatus;

  @Column({ type: 'enum', enum: OfferChannel, enumName: 'offer_channel' })
  channel: OfferChannel;

  @Column({ name: 'token_hash', type: 'varchar', nullable: true, unique: true })
  tokenHash: string | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  /** The coordinator's note to the volunteer (mail), or the note of a phone agreement. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;

  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;
}

/** A sent offer whose link has run out reads as expired, whether or not a job has marked it. */
export function effectiveOfferStatus(offer: Pick<Offer, 'status' | 'expiresAt'>, now = new Date()): OfferStatus {
  return offer.status === OfferStatus.Sent && offer.expiresAt.getTime() <= now.getTime() ? OfferStatus.Expired : offer.status;
}
