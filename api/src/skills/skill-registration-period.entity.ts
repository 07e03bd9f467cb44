import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One stretch of time a profile was registered (active), from submit to withdrawal. 登録者数 at a
 * month's end counts the periods open at that moment, so withdrawing and registering again later
 * leaves the months in between uncounted.
 */
@Entity('skill_registration_period')
export class SkillRegistrationPeriod {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
