import { SkillLevel } from '@tsunagu/contracts';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SkillProfileRecord } from './skill-profile.entity';

/** 特技 (Skill): a taxonomy category plus the person's own words and level. */
@Entity('skill')
export class SkillRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'profile_id', type: 'uuid' })
  profileId: string;

  @ManyToOne(() => SkillProfileRecord, (profile) => profile.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile: Relation<SkillProfileRecord>;

  @Column({ name: 'category_code', type: 'text' })
  categoryCode: string;

  @Column({ name: 'own_words', type: 'text', default: '' })
  ownWords: string;

  @Column({ type: 'enum', enum: SkillLevel, enumName: 'skill_level' })
  level: SkillLevel;

  @Column({ name: 'sort_order', type: 'smallint' })
  sortOrder: number;
}
