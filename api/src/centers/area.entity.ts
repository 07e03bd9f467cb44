import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { VolunteerCenter } from './volunteer-center.entity';

/** 地区 / 小学校区: the small area a person lives in or can go to. */
@Entity('area')
export class Area {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ unique: true })
  code: string;

  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @ManyToOne(() => VolunteerCenter, (center) => center.areas, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center: Relation<VolunteerCenter>;

  @Column({ name: 'name_ja' })
  nameJa: string;

  @Column({ name: 'name_kana' })
  nameKana: string;

  @Column({ name: 'name_en' })
  nameEn: string;

  @Column({ name: 'sort_order', type: 'int', default: 0 })
  sortOrder: number;

  /** The area's centre (WGS 84 degrees), for distances in matching; null until someone sets it. */
  @Column({ type: 'double precision', nullable: true })
  lat: number | null;

  @Column({ type: 'double precision', nullable: true })
  lng: number | null;
}
