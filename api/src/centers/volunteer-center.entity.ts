import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Area } from './area.entity';

export enum VolunteerCenterKind {
  Ward = 'ward',
  District = 'district',
  Disaster = 'disaster',
}

/** ボランティアセンター: the ward center, its district sub-centers, and disaster centers. */
@Entity('volunteer_center')
export class VolunteerCenter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable code, so demo data and imports can be re-run without duplicates. */
  @Column({ unique: true })
  code: string;

  @Column({ type: 'enum', enum: VolunteerCenterKind, enumName: 'volunteer_center_kind' })
  kind: VolunteerCenterKind;

  @Column({ name: 'name_ja' })
  nameJa: string;

  @Column({ name: 'name_kana' })
  nameKana: string;

  @Column({ name: 'name_en' })
  nameEn: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => VolunteerCenter, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent: Relation<VolunteerCenter> | null;

  @OneToMany(() => Area, (area) => area.center)
  areas: Relation<Area[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
