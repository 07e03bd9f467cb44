import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import {
  DayPeriod,
  type PublicSkillListingQuery,
  type RegisteredFiguresQuery,
  SKILL_ENQUIRY_LIMITS,
  type SkillListingEnquiryRequest,
  type VolunteerSearchQuery,
  type Weekday,
  WEEKDAYS,
} from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { blankToUndefined, trim } from '../../core/http/input-transforms';
import { PageQueryDto } from '../../core/http/page-query.dto';
import { CATEGORY_CODES, LANGUAGE_CODES, QUALIFICATION_CODES } from './save-skill-profile.dto';

/** A sentence is not a search: longer words are refused. */
export const SEARCH_WORDS_MAX_LENGTH = 100;

/** ?insured=true / 1 as a boolean; anything else is left for IsBoolean to refuse. */
const queryBoolean = ({ value }: { value: unknown }) => {
  if (value === 'true' || value === '1' || value === true) return true;
  if (value === 'false' || value === '0' || value === false) return false;
  return value;
};

/** What the coordinator searches for; the CSV export takes the same filter. */
export class VolunteerSearchFilterDto implements Omit<VolunteerSearchQuery, 'page'> {
  @ApiPropertyOptional({ example: '草取り', description: 'free words, through the taxonomy and Japanese normalisation' })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(SEARCH_WORDS_MAX_LENGTH, { context: { max: SEARCH_WORDS_MAX_LENGTH } })
  @IsString()
  q?: string;

  @ApiPropertyOptional({ example: 'garden-work' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'home area or an area they can go to' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUUID()
  areaId?: string;

  @ApiPropertyOptional({ enum: WEEKDAYS })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn(WEEKDAYS)
  day?: Weekday;

  @ApiPropertyOptional({ enum: DayPeriod })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsEnum(DayPeriod)
  period?: DayPeriod;

  @ApiPropertyOptional({ example: 'en' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn(LANGUAGE_CODES)
  language?: string;

  @ApiPropertyOptional({ example: 'certified-care-worker' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn(QUALIFICATION_CODES)
  qualification?: string;

  @ApiPropertyOptional({ description: 'only people whose volunteer activity insurance covers today' })
  @Transform(queryBoolean)
  @IsOptional()
  @IsBoolean()
  insured?: boolean;
}

export class VolunteerSearchQueryDto extends IntersectionType(VolunteerSearchFilterDto, PageQueryDto) implements VolunteerSearchQuery {}

export class PublicSkillListingQueryDto extends PageQueryDto implements PublicSkillListingQuery {
  @ApiPropertyOptional({ example: 'スマホ' })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(SEARCH_WORDS_MAX_LENGTH, { context: { max: SEARCH_WORDS_MAX_LENGTH } })
  @IsString()
  q?: string;

  @ApiPropertyOptional({ example: 'digital-support' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsIn(CATEGORY_CODES)
  category?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUUID()
  areaId?: string;
}

export class SkillListingEnquiryDto implements SkillListingEnquiryRequest {
  @ApiPropertyOptional({ example: '庭の草取りをお願いできないでしょうか。', maxLength: SKILL_ENQUIRY_LIMITS.messageMaxLength })
  @Transform(trim)
  @MaxLength(SKILL_ENQUIRY_LIMITS.messageMaxLength, { context: { max: SKILL_ENQUIRY_LIMITS.messageMaxLength } })
  @IsNotEmpty()
  @IsString()
  message: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'asking for an approved organisation the asker belongs to' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUUID()
  organisationId?: string;
}

const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const FIGURES_GROUPS = ['center', 'area', 'category'] as const;

export class RegisteredFiguresQueryDto implements RegisteredFiguresQuery {
  @ApiPropertyOptional({ example: '2026-04', description: 'YYYY-MM, inclusive' })
  @Matches(YEAR_MONTH, { context: { rule: 'yearMonth' } })
  @IsString()
  from: string;

  @ApiPropertyOptional({ example: '2027-03', description: 'YYYY-MM, inclusive' })
  @Matches(YEAR_MONTH, { context: { rule: 'yearMonth' } })
  @IsString()
  to: string;

  @ApiPropertyOptional({ enum: FIGURES_GROUPS })
  @IsIn(FIGURES_GROUPS)
  groupBy: RegisteredFiguresQuery['groupBy'];
}
