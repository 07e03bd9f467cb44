import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Locale } from '@tsunagu/contracts';
import { Area } from '../centers/area.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';

/** 「ボランティアに興味がある」: a visitor's first contact with a volunteer center. */
@Entity('volunteer_enquiry')
export class VolunteerEnquiry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column()
  name: string;

  /** ふりがな, stored in hiragana; null when the name has no kanji to read. */
  @Column({ name: 'name_kana', type: 'varchar', nullable: true })
  nameKana: string | null;

  @Column()
  email: string;

  @Column({ type: 'text' })
  interests: string;

  @Column({ name: 'area_id', type: 'uuid', nullable: true })
  areaId: string | null;

  @ManyToOne(() => Area, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'area_id' })
  area: Relation<Area> | null;

  /** The center that follows the enquiry up: the area's district, else the ward center. */
  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @ManyToOne(() => VolunteerCenter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center: Relation<VolunteerCenter>;

  @Column({ type: 'varchar', length: 5 })
  locale: Locale;

  @Column({ name: 'consent_version' })
  consentVersion: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
