import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AccessReason,
  type AccessReasonQuery,
  type ClaimInvitationRequest,
  ContactMethod,
  type DuplicateCheckRequest,
  PERSON_LIMITS,
  PHONE_PATTERN,
  type ProxyRegistrationRequest,
  VOLUNTEER_ENQUIRY_LIMITS as LIMITS,
} from '@tsunagu/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsEmail,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../core/http/is-calendar-date.validator';
import { ConsentGrantDto } from '../../consents/dto/consent-grant.dto';
import { blankToUndefined, trim } from '../../core/http/input-transforms';
import { PageQueryDto } from '../../core/http/page-query.dto';
import { PersonNameDto } from './person-name.dto';

// Decorators run bottom-up: the most basic rule of each field is written last.

export class DuplicateCheckDto extends PersonNameDto implements DuplicateCheckRequest {
  @ApiProperty({ example: '1944-04-01' })
  @IsCalendarDate()
  @IsNotEmpty()
  birthDate: string;

  @ApiPropertyOptional({ example: '03-1234-5678' })
  @Transform(blankToUndefined)
  @IsOptional()
  @Matches(PHONE_PATTERN, { context: { rule: 'phoneFormat' } })
  @MaxLength(PERSON_LIMITS.phoneMaxLength, { context: { max: PERSON_LIMITS.phoneMaxLength } })
  phone?: string;
}

/** 代理登録: the contact detail the chosen contact method needs is required (phone: checked by the service). */
export class ProxyRegistrationDto extends DuplicateCheckDto implements ProxyRegistrationRequest {
  @ApiPropertyOptional()
  @Transform(blankToUndefined)
  @ValidateIf((dto: ProxyRegistrationDto) => dto.contactMethod === ContactMethod.Email || dto.email !== undefined)
  @IsEmail()
  @MaxLength(LIMITS.emailMaxLength, { context: { max: LIMITS.emailMaxLength } })
  @IsNotEmpty({ context: { rule: 'requiredForContactMethod' } })
  email?: string;

  @ApiPropertyOptional()
  @Transform(blankToUndefined)
  @ValidateIf((dto: ProxyRegistrationDto) => dto.contactMethod === ContactMethod.Post || dto.postalAddress !== undefined)
  @MaxLength(PERSON_LIMITS.postalAddressMaxLength, { context: { max: PERSON_LIMITS.postalAddressMaxLength } })
  @IsNotEmpty({ context: { rule: 'requiredForContactMethod' } })
  postalAddress?: string;

  @ApiProperty({ enum: ContactMethod })
  @IsEnum(ContactMethod)
  contactMethod: ContactMethod;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  centerId: string;

  @ApiProperty({ type: [ConsentGrantDto] })
  @ValidateNested({ each: true })
  @Type(() => ConsentGrantDto)
  @IsArray()
  consents: ConsentGrantDto[];

  @ApiProperty({ type: [String], description: 'possible duplicates judged to be other people' })
  @IsUUID('all', { each: true })
  @IsArray()
  acknowledgedDuplicateIds: string[] = [];
}

export class ClaimInvitationDto implements ClaimInvitationRequest {
  @ApiProperty({ example: 'hatsue@example.jp' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(LIMITS.emailMaxLength, { context: { max: LIMITS.emailMaxLength } })
  @IsNotEmpty()
  @IsString()
  email: string;
}

export class AccessReasonDto implements AccessReasonQuery {
  @ApiProperty({ enum: AccessReason, description: 'why the record is opened; kept in the audit log' })
  @IsEnum(AccessReason)
  reason: AccessReason;

  /** 「その他」: why, in the staff member's own words; kept in the audit log's 詳細. */
  @ApiPropertyOptional({ maxLength: PERSON_LIMITS.reasonMaxLength, description: "required when reason is 'other'" })
  @Transform(blankToUndefined)
  @ValidateIf((dto: AccessReasonDto) => dto.reason === AccessReason.Other || dto.reasonNote !== undefined)
  @MaxLength(PERSON_LIMITS.reasonMaxLength, { context: { max: PERSON_LIMITS.reasonMaxLength } })
  @IsString()
  @IsNotEmpty()
  reasonNote?: string;
}

export class PeopleQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'name or ふりがな' })
  @Transform(trim)
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  @IsString()
  q?: string;
}
