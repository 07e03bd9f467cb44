import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ConsentPurpose,
  CURRENT_CONSENT_VERSION,
  type CreateVolunteerEnquiryRequest,
  LOCALES,
  type Locale,
  VOLUNTEER_ENQUIRY_LIMITS as LIMITS,
} from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { Equals, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { blankToUndefined, trim } from '../../core/http/input-transforms';
import { PersonNameDto } from '../../people/dto/person-name.dto';

/** Decorators run bottom-up: the most basic rule of each field is written last. */
export class CreateVolunteerEnquiryDto extends PersonNameDto implements CreateVolunteerEnquiryRequest {
  @ApiProperty({ example: 'hanako@example.jp' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(LIMITS.emailMaxLength, { context: { max: LIMITS.emailMaxLength } })
  @IsNotEmpty()
  @IsString()
  email: string;

  @ApiProperty({ example: '草むしりや、高齢の方の話し相手をしてみたいです。' })
  @Transform(trim)
  @MaxLength(LIMITS.interestsMaxLength, { context: { max: LIMITS.interestsMaxLength } })
  @IsNotEmpty()
  @IsString()
  interests: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsUUID()
  areaId?: string;

  @ApiProperty({ enum: LOCALES })
  @IsIn(LOCALES)
  locale: Locale;

  @ApiProperty({ example: CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry] })
  @Equals(CURRENT_CONSENT_VERSION[ConsentPurpose.VolunteerEnquiry], { context: { rule: 'outdatedConsent' } })
  @IsString()
  consentVersion: string;

  @ApiProperty({ example: true })
  @Equals(true)
  consentGiven: boolean;
}
