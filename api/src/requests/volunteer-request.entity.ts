import { RequestSource, RequestStatus, type RequestSchedule } from '@tsunagu/contracts';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { Area } from '../centers/area.entity';
import { VolunteerCenter } from '../centers/volunteer-center.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Person } from '../people/person.entity';
import type { ScheduleKind } from './request-schedule';

/**
 * 依頼 (volunteer request): a need for volunteers, handled by a coordinator of its center. Its
 * status moves only through RequestsService.moveStatus, which writes the history.
 */
@Entity('volunteer_request')
export class VolunteerRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'center_id', type: 'uuid' })
  centerId: string;

  @ManyToOne(() => VolunteerCenter, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'center_id' })
  center: Relation<VolunteerCenter>;

  @Column({ type: 'enum', enum: RequestStatus, enumName: 'request_status', default: RequestStatus.Draft })
  status: RequestStatus;

  @Column({ type: 'enum', enum: RequestSource, enumName: 'request_source' })
  source: RequestSource;

  @Column()
  title: string;

  /** What is needed, in the requester's own words. */
  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'category_codes', type: 'text', array: true, default: () => "'{}'" })
  categoryCodes: string[];

  @Column({ type: 'smallint', default: 1 })
  headcount: number;

  /** 日時 as given; null only on a draft from the skills listing (the coordinator fills it in). */
  @Column({ type: 'jsonb', nullable: true })
  schedule: RequestSchedule | null;

  // --- derived from schedule on every save (request-schedule.ts), for the matching SQL ---
  @Column({ name: 'schedule_kind', type: 'enum', enum: ['once', 'weekly', 'flexible'], enumName: 'request_schedule_kind', nullable: true })
  scheduleKind: ScheduleKind | null;

  /** YYYY-MM-DD: once, the day; weekly and flexible, the first day. */
  @Column({ name: 'first_date', type: 'date', nullable: true })
  firstDate: string | null;

  /** YYYY-MM-DD: once, the day; flexible, the last day; weekly, the last day or null (goes on). */
  @Column({ name: 'last_date', type: 'date', nullable: true })
  lastDate: string | null;

  /** The slots asked for, as skill_profile.weekly_slots: bit `day * 3 + period`. */
  @Column({ name: 'weekly_slots_mask', type: 'int', default: 0 })
  weeklySlotsMask: number;

  /** 活動する地区: in the center's tree; its centroid is the request's place for distances. */
  @Column({ name: 'area_id', type: 'uuid', nullable: true })
  areaId: string | null;

  @ManyToOne(() => Area, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id' })
  area: Relation<Area> | null;

  /** The exact place: shown to a volunteer only once their match is approved. */
  @Column({ type: 'varchar', nullable: true })
  address: string | null;

  /** Qualification codes every volunteer must hold (guide-help always includes accompanying-guide). */
  @Column({ name: 'required_qualifications', type: 'text', array: true, default: () => "'{}'" })
  requiredQualifications: string[];

  @Column({ name: 'required_languages', type: 'text', array: true, default: () => "'{}'" })
  requiredLanguages: string[];

  @Column({ name: 'accessibility_notes', type: 'text', nullable: true })
  accessibilityNotes: string | null;

  @Column({ name: 'what_to_bring', type: 'text', nullable: true })
  whatToBring: string | null;

  @Column({ name: 'costs_note', type: 'text', nullable: true })
  costsNote: string | null;

  /** 要配慮個人情報: coordinators only; kept only with the consent below. */
  @Column({ name: 'sensitive_notes', type: 'text', nullable: true })
  sensitiveNotes: string | null;

  /** The version of the sensitive-data consent wording the person agreed to, and when. */
  @Column({ name: 'sensitive_consent_version', type: 'varchar', nullable: true })
  sensitiveConsentVersion: string | null;

  @Column({ name: 'sensitive_consent_at', type: 'timestamptz', nullable: true })
  sensitiveConsentAt: Date | null;

  /** Online help (e.g. スマホ相談 by video call) instead of in person. */
  @Column({ default: false })
  online: boolean;

  /**
   * Who asks: the resident in need (taken in by staff, or asking themselves), or the member who
   * posted for a group. Null once erased people are gone for good; an erased person stays anonymised.
   */
  @Column({ name: 'requester_person_id', type: 'uuid', nullable: true })
  requesterPersonId: string | null;

  @ManyToOne(() => Person, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'requester_person_id' })
  requesterPerson: Relation<Person> | null;

  /** The group the request is for (団体); its members see and edit it. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne(() => Organisation, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation> | null;

  /** Who typed it in: the member, the asker, or the coordinator taking a call. */
  @Column({ name: 'created_by_account_id', type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  /** An enquiry from the public skills listing: the listed profile. */
  @Column({ name: 'listing_profile_id', type: 'uuid', nullable: true })
  listingProfileId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
