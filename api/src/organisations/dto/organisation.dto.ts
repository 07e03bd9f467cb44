import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type DecisionRequest,
  ORGANISATION_LIMITS as LIMITS,
  ORGANISATION_STATUSES,
  type OrganisationApplicationRequest,
  OrganisationKind,
  type OrganisationStatus,
  PHONE_PATTERN,
} from '@tsunagu/contracts';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsKanaReading } from '../../core/http/is-kana-reading.validator';
import { blankToUndefined, trim } from '../../core/http/input-transforms';
import { PageQueryDto } from '../../core/http/page-query.dto';

// Decorators run bottom-up: the most basic rule of each field is written last.

/** The group's name is 団体・企業の名前 in messages, not a person's お名前. */
const ORGANISATION_NAME = { label: 'organisationName' };

/** 団体・企業の登録申請 */
export class OrganisationApplicationDto implements OrganisationApplicationRequest {
  @ApiProperty({ enum: OrganisationKind })
  @IsIn(Object.values(OrganisationKind))
  kind: OrganisationKind;

  @ApiProperty({ example: 'NPO法人 青葉みまもりの会', maxLength: LIMITS.nameMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.nameMaxLength, { context: { ...ORGANISATION_NAME, max: LIMITS.nameMaxLength } })
  @IsNotEmpty({ context: ORGANISATION_NAME })
  @IsString({ context: ORGANISATION_NAME })
  name: string;

  @ApiPropertyOptional({ example: 'あおばみまもりのかい' })
  @Transform(blankToUndefined)
  @IsOptional()
  @IsKanaReading()
  @MaxLength(LIMITS.nameKanaMaxLength, { context: { max: LIMITS.nameKanaMaxLength } })
  @IsString()
  nameKana?: string;

  @ApiProperty({ format: 'uuid', description: 'the center whose area the group is in' })
  @IsUUID()
  centerId: string;

  @ApiProperty({ example: '青葉 一郎', maxLength: LIMITS.representativeNameMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.representativeNameMaxLength, {
    context: { max: LIMITS.representativeNameMaxLength },
  })
  @IsNotEmpty()
  @IsString()
  representativeName: string;

  @ApiProperty({ example: '03-1234-5678' })
  @Transform(trim)
  @Matches(PHONE_PATTERN, { context: { rule: 'phoneFormat' } })
  @MaxLength(LIMITS.phoneMaxLength, { context: { max: LIMITS.phoneMaxLength } })
  @IsNotEmpty()
  @IsString()
  phone: string;

  @ApiProperty({ example: 'info@aoba-mimamori.example.jp' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(LIMITS.emailMaxLength, { context: { max: LIMITS.emailMaxLength } })
  @IsNotEmpty()
  @IsString()
  email: string;

  @ApiPropertyOptional({ example: 'つなぐ区青葉1-2-3' })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(LIMITS.addressMaxLength, { context: { max: LIMITS.addressMaxLength } })
  @IsString()
  address?: string;

  @ApiProperty({ description: 'what the group does', maxLength: LIMITS.descriptionMaxLength })
  @Transform(trim)
  @MaxLength(LIMITS.descriptionMaxLength, { context: { max: LIMITS.descriptionMaxLength } })
  @IsNotEmpty()
  @IsString()
  description: string;
}

/** 承認: a note for the applicant is optional. */
export class ApproveDto implements DecisionRequest {
  @ApiPropertyOptional({ description: 'a note for the applicant, quoted in the mail' })
  @Transform(blankToUndefined)
  @IsOptional()
  @MaxLength(LIMITS.reasonMaxLength, { context: { max: LIMITS.reasonMaxLength } })
  @IsString()
  reason?: string;
}

/** 非承認: the reason is required; the applicant reads it in the mail. */
export class RejectDto implements DecisionRequest {
  @ApiProperty({ description: 'why the application is rejected, quoted in the mail' })
  @Transform(trim)
  @MaxLength(LIMITS.reasonMaxLength, { context: { max: LIMITS.reasonMaxLength } })
  @IsNotEmpty({ context: { rule: 'requiredToReject' } })
  @IsString({ context: { rule: 'requiredToReject' } })
  reason: string;
}

export class OrganisationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ORGANISATION_STATUSES, description: 'all statuses when omitted' })
  @IsOptional()
  @IsIn(ORGANISATION_STATUSES)
  status?: OrganisationStatus;
}
