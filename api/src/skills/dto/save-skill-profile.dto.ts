import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DayPeriod,
  InsurancePlan,
  type SaveSkillProfileRequest,
  type SkillEntry,
  SKILL_PROFILE_LIMITS as LIMITS,
  SkillLevel,
  Transport,
  type VolunteerInsurance,
  type WeeklySlot,
  type Weekday,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { LANGUAGES, QUALIFICATIONS, SKILL_CATEGORIES } from '@tsunagu/matching';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../core/http/is-calendar-date.validator';
import { trim } from '../../core/http/input-transforms';

// Decorators run bottom-up: the most basic rule of each field is written last.
// Only the shape is checked here; what registering needs (a skill, the home area …) is checked
// by the service, so a draft can be saved part-way.

export const CATEGORY_CODES = SKILL_CATEGORIES.map((category) => category.code);
export const QUALIFICATION_CODES = QUALIFICATIONS.map((qualification) => qualification.code);
export const LANGUAGE_CODES = LANGUAGES.map((language) => language.code);

const blankToNull = ({ value }: { value: unknown }) => {
  const trimmed = trim({ value });
  return trimmed === '' || trimmed === undefined ? null : trimmed;
};

export class SkillEntryDto implements SkillEntry {
  @ApiProperty({ example: 'garden-work', description: 'a category code of the taxonomy' })
  @IsIn(CATEGORY_CODES)
  @IsString()
  categoryCode: string;

  @ApiProperty({ type: String, example: '草むしりが得意です', maxLength: LIMITS.ownWordsMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.ownWordsMaxLength, { context: { max: LIMITS.ownWordsMaxLength } })
  @IsString()
  ownWords = '';

  @ApiProperty({ enum: SkillLevel })
  @IsEnum(SkillLevel)
  level: SkillLevel;
}

export class WeeklySlotDto implements WeeklySlot {
  @ApiProperty({ enum: WEEKDAYS })
  @IsIn(WEEKDAYS)
  day: Weekday;

  @ApiProperty({ enum: DayPeriod })
  @IsEnum(DayPeriod)
  period: DayPeriod;
}

export class VolunteerInsuranceDto implements VolunteerInsurance {
  @ApiProperty({ enum: InsurancePlan })
  @IsEnum(InsurancePlan)
  plan: InsurancePlan;

  @ApiProperty({ example: 2026, description: 'the fiscal year by its April start: 2026 = 令和8年度' })
  @Max(2100)
  @Min(2000)
  @IsInt()
  fiscalYear: number;

  @ApiProperty({ example: '2026-04-01' })
  @IsCalendarDate()
  coverStart: string;
}

export class SaveSkillProfileDto implements SaveSkillProfileRequest {
  @ApiProperty({ minimum: 1, maximum: LIMITS.steps, description: 'the step of the registration flow being saved' })
  @Max(LIMITS.steps)
  @Min(1)
  @IsInt()
  step: number;

  @ApiProperty({ description: 'false: save as a draft (only the filled fields are checked); true: register' })
  @IsBoolean()
  submit: boolean;

  @ApiProperty({ type: [SkillEntryDto] })
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => SkillEntryDto)
  @ArrayMaxSize(LIMITS.maxSkills, { context: { max: LIMITS.maxSkills } })
  @IsArray()
  skills: SkillEntryDto[] = [];

  @ApiProperty({ type: [String], example: ['certified-care-worker'] })
  @IsIn(QUALIFICATION_CODES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(LIMITS.maxQualifications, { context: { max: LIMITS.maxQualifications } })
  @IsArray()
  qualifications: string[] = [];

  @ApiProperty({ type: [String], example: ['en'] })
  @IsIn(LANGUAGE_CODES, { each: true })
  @ArrayUnique()
  @ArrayMaxSize(LIMITS.maxLanguages, { context: { max: LIMITS.maxLanguages } })
  @IsArray()
  languages: string[] = [];

  @ApiProperty({ type: [WeeklySlotDto] })
  @ValidateNested({ each: true })
  @IsObject({ each: true })
  @Type(() => WeeklySlotDto)
  @ArrayMaxSize(WEEKDAYS.length * 3, { context: { max: WEEKDAYS.length * 3 } })
  @IsArray()
  weeklySlots: WeeklySlotDto[] = [];

  @ApiProperty({ type: [String], example: ['2026-12-31'] })
  @IsCalendarDate({ each: true })
  @ArrayMaxSize(LIMITS.maxDatesOff, { context: { max: LIMITS.maxDatesOff } })
  @IsArray()
  datesOff: string[] = [];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  homeAreaId: string | null = null;

  @ApiProperty({ type: [String], format: 'uuid' })
  @IsUUID('all', { each: true })
  @ArrayUnique()
  @ArrayMaxSize(LIMITS.maxAreas, { context: { max: LIMITS.maxAreas } })
  @IsArray()
  areaIds: string[] = [];

  @ApiProperty({ type: Boolean })
  @IsBoolean()
  inPerson = false;

  @ApiProperty({ type: Boolean })
  @IsBoolean()
  online = false;

  @ApiProperty({ enum: Transport, isArray: true })
  @IsEnum(Transport, { each: true })
  @ArrayUnique()
  @IsArray()
  transport: Transport[] = [];

  @ApiPropertyOptional({ type: VolunteerInsuranceDto, nullable: true })
  @ValidateNested()
  @Type(() => VolunteerInsuranceDto)
  @IsOptional()
  insurance: VolunteerInsuranceDto | null = null;

  @ApiProperty({ type: Boolean })
  @IsBoolean()
  publicListing = false;

  @ApiPropertyOptional({ type: String, maxLength: LIMITS.nicknameMaxLength, nullable: true, example: 'はなちゃん' })
  @Transform(blankToNull)
  @MaxLength(LIMITS.nicknameMaxLength, { context: { max: LIMITS.nicknameMaxLength } })
  @IsString()
  @IsOptional()
  nickname: string | null = null;
}
