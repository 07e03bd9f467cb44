import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  type CreateOrganisationRequest,
  DayPeriod,
  REQUEST_LIMITS as LIMITS,
  type RequestFields,
  type RequestSchedule,
  RequestStatus,
  type RequestStatusChange,
  type StaffIntakeRequest,
  type WeeklySlot,
  type Weekday,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { LANGUAGES, QUALIFICATIONS, SKILL_CATEGORIES } from '@tsunagu/matching';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../core/http/input-transforms';
import { ProxyRegistrationDto } from '../../people/dto/people.dto';

// Decorators run bottom-up: the most basic rule of each field is written last. The shape is
// checked here; what needs the database or today's date (the area's center, dates not in the
// past, an end after the start) is checked by the service.

const CATEGORY_CODES = SKILL_CATEGORIES.map((category) => category.code);
const QUALIFICATION_CODES = QUALIFICATIONS.map((qualification) => qualification.code);
const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const SCHEDULE_KINDS: RequestSchedule['kind'][] = ['once', 'weekly', 'flexible'];

const blankToNull = ({ value }: { value: unknown }) => {
  const trimmed = trim({ value });
  return trimmed === '' || trimmed === undefined ? null : trimmed;
};
const isKind = (kinds: RequestSchedule['kind'][]) => (schedule: RequestScheduleDto) => kinds.includes(schedule.kind);

export class WeeklySlotDto implements WeeklySlot {
  @ApiProperty({ enum: WEEKDAYS })
  @IsIn(WEEKDAYS)
  day: Weekday;

  @ApiProperty({ enum: DayPeriod })
  @IsEnum(DayPeriod)
  period: DayPeriod;
}

/**
 * 日時: one of three shapes, told apart by kind (once: a date from a time to a time; weekly: slots
 * from a date, maybe until one; flexible: any time in a range). Only the kind's fields are kept.
 */
export class RequestScheduleDto {
  @ApiProperty({ enum: SCHEDULE_KINDS })
  @IsIn(SCHEDULE_KINDS, { context: { label: 'scheduleKind' } })
  kind: RequestSchedule['kind'];

  @ApiPropertyOptional({ example: '2026-12-05', description: 'once: the day (YYYY-MM-DD)' })
  @ValidateIf(isKind(['once']))
  @Matches(DATE, { context: { rule: 'activityDate' } })
  @IsString({ context: { rule: 'activityDate' } })
  @IsNotEmpty()
  date?: string;

  @ApiPropertyOptional({ example: '09:00', description: 'once: HH:mm' })
  @ValidateIf(isKind(['once']))
  @Matches(TIME, { context: { rule: 'timeOfDay' } })
  @IsString({ context: { rule: 'timeOfDay' } })
  @IsNotEmpty()
  startTime?: string;

  @ApiPropertyOptional({ example: '11:00', description: 'once: HH:mm, after the start' })
  @ValidateIf(isKind(['once']))
  @Matches(TIME, { context: { rule: 'timeOfDay' } })
  @IsString({ context: { rule: 'timeOfDay' } })
  @IsNotEmpty()
  endTime?: string;

  @ApiPropertyOptional({ type: [WeeklySlotDto], description: 'weekly: at least one slot' })
  @ValidateIf(isKind(['weekly']))
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => WeeklySlotDto)
  @ArrayUnique((slot: WeeklySlot) => `${slot?.day}:${slot?.period}`)
  @ArrayMaxSize(WEEKDAYS.length * 3, { context: { max: WEEKDAYS.length * 3 } })
  @ArrayMinSize(1, { context: { rule: 'atLeastOneSlot' } })
  @IsArray()
  slots?: WeeklySlotDto[];

  @ApiPropertyOptional({ example: '2026-12-01', description: 'weekly and flexible: the first day' })
  @ValidateIf(isKind(['weekly', 'flexible']))
  @Matches(DATE, { context: { rule: 'activityDate' } })
  @IsString({ context: { rule: 'activityDate' } })
  @IsNotEmpty()
  from?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026-12-31',
    description: 'flexible: the last day; weekly: null to go on',
  })
  @ValidateIf((schedule: RequestScheduleDto) => schedule.kind === 'flexible' || (schedule.kind === 'weekly' && schedule.until !== null))
  @Matches(DATE, { context: { rule: 'activityDate' } })
  @IsString({ context: { rule: 'activityDate' } })
  @IsNotEmpty()
  until?: string | null;
}

export class RequestFieldsDto implements RequestFields {
  @ApiProperty({ example: '庭の草取りのお手伝い', maxLength: LIMITS.titleMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.titleMaxLength, { context: { max: LIMITS.titleMaxLength } })
  @IsNotEmpty()
  @IsString()
  title: string;

  @ApiProperty({ example: '高齢のご夫婦の庭の草取りです。道具はこちらで用意します。', maxLength: LIMITS.descriptionMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.descriptionMaxLength, { context: { max: LIMITS.descriptionMaxLength, label: 'requestDescription' } })
  @IsNotEmpty({ context: { label: 'requestDescription' } })
  @IsString({ context: { label: 'requestDescription' } })
  description: string;

  @ApiProperty({ type: [String], example: ['garden-work'], description: 'category codes of the skills taxonomy' })
  @IsIn(CATEGORY_CODES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(LIMITS.maxCategories, { context: { max: LIMITS.maxCategories } })
  @ArrayMinSize(1, { context: { rule: 'requiredChoice' } })
  @IsArray()
  categoryCodes: string[];

  @ApiProperty({ type: RequestScheduleDto })
  @ValidateNested()
  @Type(() => RequestScheduleDto)
  @IsObject()
  @IsNotEmpty()
  schedule: RequestSchedule;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { context: { label: 'requestAreaId', rule: 'unknownArea' } })
  @IsNotEmpty({ context: { label: 'requestAreaId' } })
  areaId: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.addressMaxLength, example: 'つなぐ区青葉2-3-4' })
  @Transform(blankToNull)
  @MaxLength(LIMITS.addressMaxLength, { context: { max: LIMITS.addressMaxLength, label: 'requestAddress' } })
  @IsString({ context: { label: 'requestAddress' } })
  @IsOptional()
  address: string | null = null;

  @ApiProperty({ minimum: 1, maximum: LIMITS.maxHeadcount, example: 2 })
  @Max(LIMITS.maxHeadcount, { context: { max: LIMITS.maxHeadcount } })
  @Min(1, { context: { min: 1 } })
  @IsInt()
  headcount: number;

  @ApiProperty({ type: [String], example: ['accompanying-guide'] })
  @IsIn(QUALIFICATION_CODES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(QUALIFICATION_CODES.length, { context: { max: QUALIFICATION_CODES.length } })
  @IsArray()
  requiredQualifications: string[] = [];

  @ApiProperty({ type: [String], example: ['en'] })
  @IsIn(LANGUAGE_CODES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(LANGUAGE_CODES.length, { context: { max: LANGUAGE_CODES.length } })
  @IsArray()
  requiredLanguages: string[] = [];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.notesMaxLength })
  @Transform(blankToNull)
  @MaxLength(LIMITS.notesMaxLength, { context: { max: LIMITS.notesMaxLength } })
  @IsString()
  @IsOptional()
  accessibilityNotes: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.notesMaxLength })
  @Transform(blankToNull)
  @MaxLength(LIMITS.notesMaxLength, { context: { max: LIMITS.notesMaxLength } })
  @IsString()
  @IsOptional()
  whatToBring: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.notesMaxLength })
  @Transform(blankToNull)
  @MaxLength(LIMITS.notesMaxLength, { context: { max: LIMITS.notesMaxLength } })
  @IsString()
  @IsOptional()
  costsNote: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: LIMITS.notesMaxLength, description: '要配慮個人情報: coordinators only' })
  @Transform(blankToNull)
  @MaxLength(LIMITS.notesMaxLength, { context: { max: LIMITS.notesMaxLength } })
  @IsString()
  @IsOptional()
  sensitiveNotes: string | null = null;

  @ApiProperty({ type: Boolean, description: 'the person consented to the sensitive notes being kept (required with them)' })
  @IsBoolean()
  sensitiveConsent = false;

  @ApiProperty({ type: Boolean })
  @IsBoolean()
  online = false;
}

/** An approved organisation's member posts a request; submit:false keeps it as a draft. */
export class CreateOrganisationRequestDto extends RequestFieldsDto implements CreateOrganisationRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organisationId: string;

  @ApiProperty({ description: 'false: save a draft; true: send to the center' })
  @IsBoolean()
  submit: boolean;
}

/** A new person taken in with the request: registered by proxy (代理登録) in the same step. */
export class NewRequesterDto extends OmitType(ProxyRegistrationDto, ['centerId'] as const) {}

/** 電話・窓口で受けた依頼: for a registered person, or for a new one registered by proxy. */
export class StaffIntakeRequestDto extends RequestFieldsDto implements StaffIntakeRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  centerId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @ValidateIf((dto: StaffIntakeRequestDto) => dto.requesterPersonId !== null || !dto.newRequester)
  @IsUUID('all', { context: { rule: 'requesterChoice' } })
  @IsNotEmpty({ context: { rule: 'requesterChoice' } })
  requesterPersonId: string | null = null;

  @ApiPropertyOptional({ type: NewRequesterDto, nullable: true })
  @ValidateIf((dto: StaffIntakeRequestDto) => dto.newRequester !== null && dto.newRequester !== undefined)
  @ValidateNested()
  @Type(() => NewRequesterDto)
  @IsObject()
  newRequester: NewRequesterDto | null = null;
}

/** PATCH: only the fields sent change; null clears an optional one. */
export class UpdateRequestDto extends PartialType(RequestFieldsDto) {}

export class RequestStatusChangeDto implements RequestStatusChange {
  @ApiProperty({ enum: RequestStatus })
  @IsEnum(RequestStatus, { context: { label: 'requestStatusTo' } })
  to: RequestStatus;

  @ApiPropertyOptional({ maxLength: LIMITS.reasonMaxLength, description: 'required for cancelled and unfulfilled' })
  @Transform(blankToNull)
  @MaxLength(LIMITS.reasonMaxLength, { context: { max: LIMITS.reasonMaxLength } })
  @IsString()
  @IsOptional()
  reason?: string;
}
