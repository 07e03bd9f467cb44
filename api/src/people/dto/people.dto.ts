import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AccessReason,
  ContactMethod,
  type DuplicateCheckRequest,
  PERSON_LIMITS,
  type ProxyRegistrationRequest,
  VOLUNTEER_ENQUIRY_LIMITS as LIMITS,
} from '@tsunagu/contracts';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsDateString,
  IsEmail,
  IsEnum,
  IsInt,
  IsNotEmpty,
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
import { ConsentGrantDto } from '../../consents/dto/consent-grant.dto';
import { PersonNameDto, trim } from './person-name.dto';

const PHONE = /^[0-9０-９+\-－()（） ]{6,20}$/;
const emptyToUndefined = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() === '' ? undefined : typeof value === 'string' ? value.trim() : value;

// Decorators run bottom-up: the most basic rule of each field is written last.

export class DuplicateCheckDto extends PersonNameDto implements DuplicateCheckRequest {
  @ApiProperty({ example: '1944-04-01' })
  @IsDateString({ strict: true })
  @IsNotEmpty()
  birthDate: string;

  @ApiPropertyOptional({ example: '03-1234-5678' })
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(PHONE, { context: { rule: 'phoneFormat' } })
  @MaxLength(PERSON_LIMITS.phoneMaxLength, { context: { max: PERSON_LIMITS.phoneMaxLength } })
  phone?: string;
}

/** 代理登録: the contact detail the chosen contact method needs is required (phone: checked by the service). */
export class ProxyRegistrationDto extends DuplicateCheckDto implements ProxyRegistrationRequest {
  @ApiPropertyOptional()
  @Transform(emptyToUndefined)
  @ValidateIf((dto: ProxyRegistrationDto) => dto.contactMethod === ContactMethod.Email || dto.email !== undefined)
  @IsEmail()
  @MaxLength(LIMITS.emailMaxLength, { context: { max: LIMITS.emailMaxLength } })
  @IsNotEmpty({ context: { rule: 'requiredForContactMethod' } })
  email?: string;

  @ApiPropertyOptional()
  @Transform(emptyToUndefined)
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

export class AccessReasonDto {
  @ApiProperty({ enum: AccessReason, description: 'why the record is opened; kept in the audit log' })
  @IsEnum(AccessReason)
  reason: AccessReason;
}

export class PeopleQueryDto {
  @ApiPropertyOptional({ description: 'name or ふりがな' })
  @Transform(trim)
  @IsOptional()
  @MaxLength(LIMITS.nameMaxLength)
  @IsString()
  q?: string;

  @ApiPropertyOptional({ default: 1 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @IsInt()
  page = 1;

  @ApiPropertyOptional({ default: 20 })
  @IsOptional()
  @Type(() => Number)
  @Max(100)
  @Min(1)
  @IsInt()
  pageSize = 20;
}
